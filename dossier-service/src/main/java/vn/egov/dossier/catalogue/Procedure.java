package vn.egov.dossier.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/**
 * The current rules of one administrative procedure as catalogue-service publishes them (only the parts dossier-service
 * uses).
 *
 * @param processingDays statutory time in working days
 * @param onlineProcessingDays reduced time for online dossiers
 * @param feeTotal total fee in VND
 * @param deliveryOptions how the result may be delivered: ONLINE, POSTAL, COUNTER
 * @param cutOffHour dossiers received after this hour count from the next working day; null when the procedure has none
 * @param documents the documents (thành phần hồ sơ) a dossier consists of
 * @param resultType what the agency issues, e.g. "Phiếu lý lịch tư pháp"
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Procedure(
        String code,
        String name,
        String agencyCode,
        String agencyName,
        String agencyLevel,
        int serviceLevel,
        int version,
        int processingDays,
        int onlineProcessingDays,
        long feeTotal,
        List<String> deliveryOptions,
        Integer cutOffHour,
        List<Document> documents,
        String resultType) {

    public Procedure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(agencyCode, "agencyCode");
        deliveryOptions = deliveryOptions == null ? List.of() : List.copyOf(deliveryOptions);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /**
     * One document of the procedure's list, identified by its code (e.g. {@code TP1}).
     *
     * @param required whether every dossier needs it
     * @param condition when not required: the case in which a dossier needs it ("Trường hợp ủy quyền thực hiện thủ
     *     tục"), which the applicant declares by listing the document's code among the submission's applicable cases
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String code, String name, boolean required, String condition) {

        public Document(String code, String name, boolean required) {
            this(code, name, required, null);
        }
    }

    public boolean delivers(String option) {
        return deliveryOptions.contains(option);
    }
}
