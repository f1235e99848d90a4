package vn.egov.web.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The version of a procedure in force ({@code GET /api/catalogue/procedures/{code}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProcedureDetail(
        String code,
        String name,
        String sector,
        String agencyCode,
        String agencyName,
        String agencyLevel,
        int serviceLevel,
        String onlineMode,
        int version,
        @Nullable LocalDate effectiveFrom,
        int processingDays,
        int onlineProcessingDays,
        List<Fee> fees,
        long feeTotal,
        List<Document> documents,
        @Nullable String resultType,
        @Nullable String legalBasis,
        List<String> deliveryOptions,
        @Nullable Integer cutOffHour,
        @Nullable Integer latestVersion,
        @Nullable String status) {

    public ProcedureDetail {
        fees = fees == null ? List.of() : fees;
        documents = documents == null ? List.of() : documents;
        deliveryOptions = deliveryOptions == null ? List.of() : deliveryOptions;
    }

    /** A fee or charge in VND. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fee(String description, long amount) {}

    /**
     * A document the dossier contains; {@code template} the address of its form, when there is one; {@code condition}
     * the case in which a dossier needs it when it is not {@code required} of every dossier.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(
            String code,
            String name,
            @Nullable String form,
            int count,
            @Nullable String template,
            boolean required,
            @Nullable String condition) {

        /** Needed only in a case the applicant declares. */
        public boolean conditional() {
            return !required && condition != null;
        }
    }

    /** Whether a dossier can be submitted online: levels 3 and 4, while the procedure is in force. */
    public boolean submittableOnline() {
        return serviceLevel >= 3 && (status == null || "ACTIVE".equals(status));
    }

    public List<Document> requiredDocuments() {
        return documents.stream().filter(Document::required).toList();
    }

    /** Legal bases, one per line as the catalogue separates them with semicolons. */
    public List<String> legalBases() {
        if (legalBasis == null || legalBasis.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(legalBasis.split(";\\s*"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
