package vn.egov.notification.delivery;

/**
 * Where a delivery stands. {@code PENDING} until the first attempt ends, then {@code SENT} (for good, with the
 * provider's receipt) or {@code FAILED}; a failed delivery is tried again while attempts remain and may still become
 * {@code SENT}.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
