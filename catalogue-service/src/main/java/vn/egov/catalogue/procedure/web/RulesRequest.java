package vn.egov.catalogue.procedure.web;

import java.time.LocalDate;
import java.util.List;
import vn.egov.catalogue.procedure.RulesDraft;

/**
 * The body of a create or publish call: the rules of the version, its effective date, and for a publish the
 * {@code version} the administrator read (optimistic locking). {@code code} is only read on create.
 */
record RulesRequest(
        String code,
        Integer version,
        LocalDate effectiveFrom,
        String name,
        String sector,
        String agencyCode,
        String agencyLevel,
        Integer serviceLevel,
        Integer processingDays,
        Integer onlineProcessingDays,
        List<RulesDraft.FeeDraft> fees,
        List<RulesDraft.DocumentDraft> documents,
        String resultType,
        String legalBasis,
        List<String> deliveryOptions,
        Integer cutOffHour) {

    RulesDraft draft() {
        return new RulesDraft(
                name,
                sector,
                agencyCode,
                agencyLevel,
                serviceLevel,
                processingDays,
                onlineProcessingDays,
                fees,
                documents,
                resultType,
                legalBasis,
                deliveryOptions,
                cutOffHour);
    }
}
