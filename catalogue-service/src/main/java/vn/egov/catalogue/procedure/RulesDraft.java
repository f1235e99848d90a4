package vn.egov.catalogue.procedure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import vn.egov.catalogue.agency.Agency;
import vn.egov.catalogue.agency.AgencyTier;
import vn.egov.contracts.codes.AgencyCode;

/**
 * Rules as an administrator (or the demo data) proposes them, unchecked. {@link #validate} turns them into
 * {@link ProcedureRules} or fails with a 400 that names every bad field, so nothing is stored half-valid.
 */
public record RulesDraft(
        String name,
        String sector,
        String agencyCode,
        String agencyLevel,
        Integer serviceLevel,
        Integer processingDays,
        Integer onlineProcessingDays,
        List<FeeDraft> fees,
        List<DocumentDraft> documents,
        String resultType,
        String legalBasis,
        List<String> deliveryOptions,
        Integer cutOffHour) {

    /** A fee as proposed. */
    public record FeeDraft(String description, Long amount) {}

    /**
     * A document as proposed; its code is given when the version is published.
     *
     * @param condition the case in which the document is needed ("Trường hợp ủy quyền thực hiện thủ tục"); null or
     *     blank when every dossier needs it
     */
    public record DocumentDraft(String name, String form, Integer count, String template, String condition) {}

    /**
     * Checks every field.
     *
     * @param agency the agency {@link #agencyCode} names, or null when there is none
     * @throws InvalidProcedure {@code invalid-procedure} with {@code errors: [{field, message}]}
     */
    public ProcedureRules validate(Agency agency) {
        List<Map<String, String>> errors = new ArrayList<>();
        text(errors, "name", name, 500);
        text(errors, "sector", sector, 200);
        text(errors, "resultType", resultType, 500);
        text(errors, "legalBasis", legalBasis, 2000);
        AgencyTier tier = AgencyTier.parse(agencyLevel).orElse(null);
        if (tier == null) {
            errors.add(error("agencyLevel", "must be one of CITY, DISTRICT, COMMUNE, CENTRAL"));
        }
        if (!AgencyCode.isValid(agencyCode)) {
            errors.add(error("agencyCode", "must be an agency code such as 000.00.15.H17"));
        } else if (agency == null) {
            errors.add(error("agencyCode", "is not a known agency"));
        } else if (tier != null && agency.tier() != tier) {
            errors.add(error("agencyLevel", "does not match the agency's tier " + agency.tier()));
        }
        if (serviceLevel == null || serviceLevel < 1 || serviceLevel > 4) {
            errors.add(error("serviceLevel", "must be 1, 2, 3 or 4"));
        }
        if (processingDays == null || processingDays < 1) {
            errors.add(error("processingDays", "must be at least one working day"));
        } else if (onlineProcessingDays != null
                && (onlineProcessingDays < 1 || onlineProcessingDays > processingDays)) {
            errors.add(error("onlineProcessingDays", "must be between 1 and processingDays"));
        }
        List<Fee> checkedFees = new ArrayList<>();
        if (fees == null) {
            errors.add(error("fees", "is required (an empty list when free)"));
        } else {
            for (int i = 0; i < fees.size(); i++) {
                FeeDraft fee = fees.get(i);
                String field = "fees[" + i + "]";
                if (fee == null
                        || fee.description() == null
                        || fee.description().isBlank()) {
                    errors.add(error(field + ".description", "must not be blank"));
                } else if (fee.amount() == null || fee.amount() < 0) {
                    errors.add(error(field + ".amount", "must be zero or a positive amount in VND"));
                } else {
                    checkedFees.add(new Fee(fee.description(), fee.amount()));
                }
            }
        }
        List<RequiredDocument> checkedDocuments = new ArrayList<>();
        if (documents == null || documents.isEmpty()) {
            errors.add(error("documents", "must list at least one document"));
        } else {
            for (int i = 0; i < documents.size(); i++) {
                DocumentDraft document = documents.get(i);
                String field = "documents[" + i + "]";
                if (document == null
                        || document.name() == null
                        || document.name().isBlank()) {
                    errors.add(error(field + ".name", "must not be blank"));
                } else if (!RequiredDocument.FORMS.contains(document.form())) {
                    errors.add(error(field + ".form", "must be ORIGINAL, COPY or ELECTRONIC"));
                } else if (document.count() == null || document.count() < 1) {
                    errors.add(error(field + ".count", "must be at least 1"));
                } else if (document.condition() != null
                        && document.condition().strip().length() > 300) {
                    errors.add(error(field + ".condition", "must be at most 300 characters"));
                } else {
                    checkedDocuments.add(new RequiredDocument(
                            RequiredDocument.codeAt(i),
                            document.name(),
                            document.form(),
                            document.count(),
                            document.template(),
                            document.condition() == null || document.condition().isBlank()
                                    ? null
                                    : document.condition().strip()));
                }
            }
        }
        if (deliveryOptions == null
                || deliveryOptions.isEmpty()
                || !ProcedureRules.DELIVERY_OPTIONS.containsAll(deliveryOptions)) {
            errors.add(error("deliveryOptions", "must be a non-empty list of ONLINE, POSTAL, COUNTER"));
        } else if (deliveryOptions.contains("ONLINE") && serviceLevel != null && serviceLevel != 4) {
            errors.add(error("deliveryOptions", "ONLINE delivery needs service level 4"));
        }
        if (cutOffHour != null && (cutOffHour < 0 || cutOffHour > 23)) {
            errors.add(error("cutOffHour", "must be an hour from 0 to 23"));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new ProcedureRules(
                name.strip(),
                sector.strip(),
                agencyCode,
                tier,
                serviceLevel,
                processingDays,
                onlineProcessingDays,
                checkedFees,
                checkedDocuments,
                resultType.strip(),
                legalBasis.strip(),
                List.copyOf(new LinkedHashSet<>(deliveryOptions)),
                cutOffHour);
    }

    /** A 400 naming the fields. */
    public static InvalidProcedure invalid(List<Map<String, String>> errors) {
        return new InvalidProcedure(errors);
    }

    public static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static void text(List<Map<String, String>> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(error(field, "must not be blank"));
        } else if (value.length() > max) {
            errors.add(error(field, "must be at most " + max + " characters"));
        }
    }
}
