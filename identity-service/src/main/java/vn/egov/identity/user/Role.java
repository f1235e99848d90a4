package vn.egov.identity.user;

/** The roles every service understands, carried as strings in the {@code roles} claim. */
public enum Role {
    /** A citizen or business: sees and pays for their own dossiers only. */
    CITIZEN,
    /** An officer at the one-stop shop: processes the dossiers of their agency only. */
    OFFICER,
    /** Maintains the procedure catalogue. */
    ADMIN,
    /** Another service of the platform calling with a client-credentials token. */
    SERVICE
}
