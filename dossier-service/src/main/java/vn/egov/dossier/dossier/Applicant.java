package vn.egov.dossier.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.egov.values.PhoneNumber;

/**
 * The applicant as they declared themselves at submission. Personal data: it stays in this service and is given only
 * to the owner, the agency's officers and, for notifications, to services over the internal API.
 *
 * @param phone normalised E.164 Vietnamese mobile number
 * @param email may be null when the applicant did not ask for email notifications
 */
@Embeddable
public record Applicant(
        @Column(name = "applicant_full_name") String fullName,
        @Column(name = "applicant_id_number") String idNumber,
        @Column(name = "applicant_phone") String phone,
        @Column(name = "applicant_email") String email,
        @Column(name = "applicant_address") String address) {

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");

    public Applicant {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(address, "address");
        if (!CITIZEN_ID.matcher(idNumber).matches()) {
            throw new IllegalArgumentException("a citizen ID number has 12 digits");
        }
        phone = new PhoneNumber(phone).e164();
    }
}
