package vn.egov.notification.contact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What dossier-service tells about a dossier's applicant ({@code GET /internal/dossiers/{code}/contact}). Events carry
 * no personal data, so this is the only place the notification service learns names, phones and e-mail addresses.
 *
 * @param dossierCode the dossier
 * @param procedureCode national procedure code
 * @param procedureName procedure name in Vietnamese
 * @param agencyName competent agency
 * @param status status name
 * @param statusCode the national portal's status code
 * @param dueDate date the result is due (ISO-8601 date or date-time), {@code null} while unknown
 * @param fullName the applicant's name
 * @param phone the applicant's phone as entered, or {@code null}
 * @param email the applicant's e-mail address, or {@code null}
 * @param channels channels the applicant chose ({@code notify} on the wire): {@code SMS}, {@code ZALO}, {@code EMAIL}
 * @param feeTotal fees and charges of the procedure in VND, or {@code null} when dossier-service does not say (the
 *     payment request then tells the applicant to see the amount on the portal)
 * @param amountDue what the applicant owes in VND: the amount the officer stated when requesting payment, else the
 *     fee; {@code null} when dossier-service does not say (then {@code feeTotal} is told)
 * @param ownerSubject the citizen account that submitted the dossier, who may read its delivery log; {@code null} for a
 *     walk-in dossier
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DossierContact(
        String dossierCode,
        String procedureCode,
        String procedureName,
        String agencyName,
        String status,
        Integer statusCode,
        String dueDate,
        String fullName,
        String phone,
        String email,
        @JsonProperty("notify") List<String> channels,
        Long feeTotal,
        Long amountDue,
        String ownerSubject) {

    public DossierContact {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** A contact that names no owner account (a walk-in dossier, or dossier-service did not say). */
    public DossierContact(
            String dossierCode,
            String procedureCode,
            String procedureName,
            String agencyName,
            String status,
            Integer statusCode,
            String dueDate,
            String fullName,
            String phone,
            String email,
            List<String> channels,
            Long feeTotal,
            Long amountDue) {
        this(
                dossierCode,
                procedureCode,
                procedureName,
                agencyName,
                status,
                statusCode,
                dueDate,
                fullName,
                phone,
                email,
                channels,
                feeTotal,
                amountDue,
                null);
    }
}
