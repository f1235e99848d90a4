package vn.egov.dossier.dossier;

/**
 * Publishes what happened to a dossier to the rest of the platform. Implementations write to the transactional
 * outbox. Called by {@link DossierStore} only, inside the transaction that stored the change and after it was flushed
 * (the event carries the new version): use cases record {@link DossierEvent}s on the aggregate instead.
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
