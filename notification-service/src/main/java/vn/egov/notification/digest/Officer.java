package vn.egov.notification.digest;

import java.util.List;
import java.util.Optional;
import vn.egov.notification.contact.EmailAddress;

/**
 * An officer as identity-service lists them ({@code GET /internal/officers}).
 *
 * @param username the sign-in name, which identifies the officer's digest
 * @param email null when the account has none
 */
record Officer(String username, String name, String email, String agencyCode) {

    /** Empty without a usable address: the officer gets no digest. */
    Optional<EmailAddress> emailAddress() {
        return EmailAddress.parse(email);
    }

    /** identity-service's answer. */
    record Page(List<Officer> items) {}
}
