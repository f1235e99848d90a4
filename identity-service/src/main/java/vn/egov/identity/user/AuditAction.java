package vn.egov.identity.user;

/** What happened to an account, as written in its audit trail. */
public enum AuditAction {
    /** Opened by an administrator, or seeded from configuration (actor {@code system}). */
    CREATED,
    ROLES_CHANGED,
    DISABLED,
    ENABLED,
    /** A wrong password for an existing account. */
    SIGN_IN_FAILED,
    /** Too many failed sign-ins in a row: sign-ins are refused for a while. */
    LOCKED_OUT,
    /** A sign-in refused without checking the password, because the account is locked or disabled. */
    SIGN_IN_REFUSED,
    /** A token refused to a disabled account that still had a session at the provider. */
    TOKEN_REFUSED
}
