package vn.egov.dossier.dossier;

import java.util.Objects;

/**
 * Who performs a transition, as the history records it.
 *
 * @param subject the user name from the access token
 * @param role CITIZEN, OFFICER or SERVICE
 */
public record Actor(String subject, String role) {

    /** payment-service, reporting payments and refunds. */
    public static final Actor PAYMENT_SERVICE = new Actor("payment-service", "SERVICE");

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
    }

    public static Actor citizen(String subject) {
        return new Actor(subject, "CITIZEN");
    }

    public static Actor officer(String subject) {
        return new Actor(subject, "OFFICER");
    }
}
