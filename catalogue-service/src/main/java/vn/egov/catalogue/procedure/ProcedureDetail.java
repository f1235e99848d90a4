package vn.egov.catalogue.procedure;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a procedure as the public API shows it (and dossier-service reads it). A document is required of every
 * dossier, or only in the case its {@code condition} states, when the applicant declares that case.
 *
 * @param version the version shown; a dossier keeps it
 * @param latestVersion the newest published version, possibly not yet in force; send it back when changing
 * @param status ACTIVE or RETIRED
 */
public record ProcedureDetail(
        String code,
        String name,
        String sector,
        String agencyCode,
        String agencyName,
        String agencyLevel,
        int serviceLevel,
        OnlineMode onlineMode,
        int version,
        LocalDate effectiveFrom,
        int processingDays,
        int onlineProcessingDays,
        List<Fee> fees,
        long feeTotal,
        List<Document> documents,
        String resultType,
        String legalBasis,
        List<String> deliveryOptions,
        Integer cutOffHour,
        int latestVersion,
        String status) {

    /**
     * A document with its code ({@code TP1}…).
     *
     * @param required whether every dossier needs it
     * @param condition when not {@code required}: the case in which a dossier needs it
     */
    public record Document(
            String code, String name, String form, int count, String template, boolean required, String condition) {}

    static ProcedureDetail of(ProcedureVersion v, Procedure head, String agencyName, double onlineShare) {
        ProcedureRules r = v.rules();
        return new ProcedureDetail(
                v.code(),
                r.name(),
                r.sector(),
                r.agencyCode(),
                agencyName,
                r.agencyTier().name(),
                r.serviceLevel(),
                r.onlineMode(),
                v.version(),
                v.effectiveFrom(),
                r.processingDays(),
                r.onlineProcessingDays(onlineShare),
                r.fees(),
                r.feeTotal(),
                r.documents().stream()
                        .map(d -> new Document(
                                d.code(),
                                d.name(),
                                d.form(),
                                d.count(),
                                d.template(),
                                d.alwaysRequired(),
                                d.condition()))
                        .toList(),
                r.resultType(),
                r.legalBasis(),
                r.deliveryOptions(),
                r.cutOffHour(),
                head.latestVersion(),
                head.status().name());
    }
}
