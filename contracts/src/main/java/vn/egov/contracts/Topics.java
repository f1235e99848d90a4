package vn.egov.contracts;

/** Kafka topic names of the integration surface. Record keys: the dossier code (catalogue: the procedure code). */
public final class Topics {

    public static final String CATALOGUE_EVENTS = "egov.catalogue.events";
    public static final String DOSSIER_EVENTS = "egov.dossier.events";
    public static final String PAYMENT_EVENTS = "egov.payment.events";
    public static final String NOTIFICATION_EVENTS = "egov.notification.events";

    /**
     * Dossier events whose status notification-service could not push to the national public-service portal: the
     * record as consumed, with the reason in {@code kafka_dlt-*} and {@code egov-national-portal-*} headers.
     */
    public static final String NATIONAL_PORTAL_DEAD_LETTERS = "egov.notification.national-portal.dlt";

    private Topics() {}
}
