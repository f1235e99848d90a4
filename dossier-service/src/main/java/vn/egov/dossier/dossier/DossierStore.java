package vn.egov.dossier.dossier;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a dossier is stored: writes it, then publishes the event its transition recorded ({@link DossierEvent})
 * to the outbox, in the caller's transaction, so that no use case can change a dossier and forget to tell the
 * platform. Writing a dossier with an event pending any other way fails (see {@link Dossier}).
 */
@Component
public class DossierStore {

    private final Dossiers dossiers;
    private final DossierPublications publications;

    DossierStore(Dossiers dossiers, DossierPublications publications) {
        this.dossiers = dossiers;
        this.publications = publications;
    }

    /**
     * Stores a new or changed dossier with its pending event.
     *
     * @throws IllegalStateException when the dossier recorded more than one event since it was last stored: an event
     *     describes the dossier as stored, with the version the write gives it, so each transition is stored on its own
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Dossier save(Dossier dossier) {
        List<DossierEvent> events = dossier.takeEvents();
        if (events.size() > 1) {
            throw new IllegalStateException(
                    "Dossier " + dossier.code() + " made several transitions " + events + " in one store");
        }
        // Flushed first: the event carries the version this write gives the dossier.
        Dossier stored = dossiers.saveAndFlush(dossier);
        events.forEach(event -> event.publishTo(publications, stored));
        return stored;
    }
}
