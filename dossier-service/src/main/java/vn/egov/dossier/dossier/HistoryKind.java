package vn.egov.dossier.dossier;

/** What a history entry records: a status transition, or an audited fact that leaves the status as it was. */
public enum HistoryKind {
    TRANSITION,
    /** The scheduler found the dossier past its due date. */
    OVERDUE,
    /** An officer issued form 04 with a new date. */
    APOLOGY,
    /** A payment arrived but was not applied (wrong amount, or the dossier did not await one). */
    PAYMENT_NOT_APPLIED,
    /** The fee was paid before any payment was requested (right after submission); the status stays. */
    PAYMENT_RECEIVED,
    /** A paid fee was given back to the payer. */
    PAYMENT_REFUNDED
}
