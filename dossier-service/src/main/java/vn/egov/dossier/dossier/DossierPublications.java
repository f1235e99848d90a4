package vn.egov.dossier.dossier;

/**
 * Publishes what happened to a dossier to the rest of the platform. Implementations write to the transactional
 * outbox, so call it inside the transaction that stored the change, after the change was flushed (the event carries
 * the new version).
 */
public interface DossierPublications {

    /** The dossier was just submitted. */
    void submitted(Dossier dossier);

    /** The dossier just made the transition in its {@link Dossier#lastTransition()} by {@code action}. */
    void transitioned(Dossier dossier, DossierAction action);

    /** The fee was paid and the dossier is back in processing. */
    void paymentReceived(Dossier dossier);

    /** The scheduler just flagged the dossier overdue. */
    void overdue(Dossier dossier);

    /** An officer just issued {@code apology} (form 04) for the dossier. */
    void apologyIssued(Dossier dossier, Apology apology);
}
