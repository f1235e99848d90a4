package vn.egov.notification.delivery;

/** How a message reaches the applicant; the applicant chooses any of them. */
public enum Channel {
    SMS,
    ZALO,
    EMAIL
}
