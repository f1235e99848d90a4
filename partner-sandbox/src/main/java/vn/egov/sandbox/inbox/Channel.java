package vn.egov.sandbox.inbox;

/** The channel a message reached the sandbox through. */
public enum Channel {
    SMS,
    ZALO,
    EMAIL
}
