package vn.egov.dossier.dossier;

/** Why the legal clock of a dossier stands still. */
public enum PauseReason {
    /** The applicant was asked for missing or corrected documents. */
    SUPPLEMENT,
    /** A fee or other financial obligation is awaited. */
    PAYMENT
}
