package vn.egov.catalogue.assistant;

import java.util.List;
import vn.egov.catalogue.procedure.ProcedureDetail;

/**
 * What the assistant may say about a procedure: the catalogue's facts of the version in force, nothing else.
 *
 * @param documents each required document as "name (bản chính|bản sao, n bản)"
 * @param fees each fee as its description and amount in VND
 * @param deliveryOptions {@code ONLINE}, {@code POSTAL}, {@code COUNTER}
 */
public record ProcedureFacts(
        String code,
        String name,
        String agencyName,
        int serviceLevel,
        int processingDays,
        int onlineProcessingDays,
        List<Fee> fees,
        long feeTotal,
        List<String> documents,
        String resultType,
        List<String> deliveryOptions) {

    /** A fee or charge. */
    public record Fee(String description, long amount) {}

    public ProcedureFacts {
        fees = List.copyOf(fees);
        documents = List.copyOf(documents);
        deliveryOptions = List.copyOf(deliveryOptions);
    }

    static ProcedureFacts of(ProcedureDetail detail) {
        return new ProcedureFacts(
                detail.code(),
                detail.name(),
                detail.agencyName(),
                detail.serviceLevel(),
                detail.processingDays(),
                detail.onlineProcessingDays(),
                detail.fees().stream()
                        .map(f -> new Fee(f.description(), f.amount()))
                        .toList(),
                detail.feeTotal(),
                detail.documents().stream()
                        .map(d -> document(d.name(), d.form(), d.count()))
                        .toList(),
                detail.resultType(),
                detail.deliveryOptions());
    }

    /** "Tờ khai (bản chính, 1 bản)". */
    public static String document(String name, String form, int count) {
        String kind =
                switch (form == null ? "" : form) {
                    case "ORIGINAL" -> "bản chính";
                    case "COPY" -> "bản sao";
                    case "CERTIFIED_COPY" -> "bản sao chứng thực";
                    default -> null;
                };
        StringBuilder text = new StringBuilder(name);
        if (kind != null) {
            text.append(" (").append(kind).append(", ").append(count).append(" bản)");
        }
        return text.toString();
    }
}
