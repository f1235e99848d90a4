package vn.egov.catalogue.procedure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the admin API, built fluently: {@code aProcedure("8.000001").atLevel(3).body()}. */
public final class ProcedureFixtures {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private ProcedureFixtures(String code) {
        body.put("code", code);
        body.put("name", "Cấp giấy phép tổ chức lễ hội thử nghiệm");
        body.put("sector", "Văn hóa");
        body.put("agencyCode", "000.00.15.H17");
        body.put("agencyLevel", "CITY");
        body.put("serviceLevel", 2);
        body.put("processingDays", 7);
        body.put("onlineProcessingDays", null);
        body.put("fees", List.of(Map.of("description", "Lệ phí", "amount", 50_000)));
        body.put(
                "documents",
                List.of(
                        Map.of("name", "Đơn đề nghị theo mẫu", "form", "ORIGINAL", "count", 1, "template", "M01"),
                        Map.of("name", "Bản sao giấy tờ tùy thân", "form", "COPY", "count", 1)));
        body.put("resultType", "Giấy phép");
        body.put("legalBasis", "Nghị định 110/2018/NĐ-CP");
        body.put("deliveryOptions", List.of("POSTAL", "COUNTER"));
        body.put("cutOffHour", null);
    }

    public static ProcedureFixtures aProcedure(String code) {
        return new ProcedureFixtures(code);
    }

    public ProcedureFixtures with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public ProcedureFixtures atLevel(int level) {
        body.put("serviceLevel", level);
        body.put("deliveryOptions", level == 4 ? List.of("ONLINE", "POSTAL", "COUNTER") : List.of("POSTAL", "COUNTER"));
        return this;
    }

    public ProcedureFixtures effectiveFrom(LocalDate date) {
        body.put("effectiveFrom", date.toString());
        return this;
    }

    /** For publishing: the latest version the administrator read. */
    public ProcedureFixtures readVersion(int version) {
        body.put("version", version);
        return this;
    }

    public Map<String, Object> body() {
        return body;
    }
}
