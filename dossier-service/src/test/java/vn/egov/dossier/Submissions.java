package vn.egov.dossier;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** Fluent submission bodies: {@code aSubmission().forProcedure(X).withPhone("...").json()}. */
public final class Submissions {

    private final ObjectNode body = DossierApi.JSON.createObjectNode();

    private Submissions() {
        body.put("procedureCode", CatalogueStub.JUDICIAL_RECORD);
        ObjectNode applicant = body.putObject("applicant");
        applicant.put("fullName", "Nguyễn Văn An");
        applicant.put("idNumber", "048090001234");
        applicant.put("phone", "0905 123 456");
        applicant.put("email", "an.nguyen@example.vn");
        applicant.put("address", "12 Bạch Đằng, Hải Châu, Đà Nẵng");
        body.putArray("notify").add("SMS").add("EMAIL");
        body.put("delivery", "ONLINE");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("purpose", "Xin việc");
        form.put("copies", 2);
        body.set("form", DossierApi.JSON.valueToTree(form));
        body.putArray("documents");
    }

    public static Submissions aSubmission() {
        return new Submissions();
    }

    public Submissions forProcedure(String code) {
        body.put("procedureCode", code);
        return this;
    }

    public Submissions withApplicant(String field, String value) {
        ((ObjectNode) body.get("applicant")).put(field, value);
        return this;
    }

    public Submissions with(String field, String value) {
        body.put(field, value);
        return this;
    }

    public Submissions notifyOn(String... channels) {
        var array = body.putArray("notify");
        for (String channel : channels) {
            array.add(channel);
        }
        return this;
    }

    /** Adds a document reference: the procedure's document code and the id an upload returned. */
    public Submissions withDocument(String code, String attachmentId) {
        ObjectNode document = ((tools.jackson.databind.node.ArrayNode) body.get("documents")).addObject();
        document.put("code", code);
        document.put("attachmentId", attachmentId);
        return this;
    }

    public Submissions without(String field) {
        body.remove(field);
        return this;
    }

    /** Declares that the case of the conditional document {@code code} applies to the applicant. */
    public Submissions declaringCase(String code) {
        if (!body.has("applicableCases")) {
            body.putArray("applicableCases");
        }
        ((tools.jackson.databind.node.ArrayNode) body.get("applicableCases")).add(code);
        return this;
    }

    public String json() {
        return DossierApi.JSON.writeValueAsString(body);
    }
}
