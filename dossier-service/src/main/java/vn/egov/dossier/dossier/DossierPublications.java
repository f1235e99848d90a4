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
}
