package vn.egov.dossier.dossier;

/** Where a dossier stands, with the national public-service portal's numeric code used for synchronisation. */
public enum DossierStatus {
    /** Submitted online, not yet checked by the one-stop shop. */
    NEW(1),
    ACCEPTED(2),
    NOT_ACCEPTED(3),
    IN_PROCESSING(4),
    SUPPLEMENT_REQUESTED(5),
    /** A financial obligation (fee) is awaited. */
    AWAITING_PAYMENT(6),
    WITHDRAWN(7),
    STOPPED(8),
    /** The result is ready. */
    PROCESSED(9),
    RESULT_RETURNED(10);

    private final int code;

    DossierStatus(int code) {
        this.code = code;
    }

    /** The national portal's code. */
    public int code() {
        return code;
    }
}
