package vn.egov.dossier.dossier;

import java.util.Objects;

/**
 * What the platform is told of a dossier's transition, recorded by the aggregate as the transition happens and
 * published by {@link DossierStore} in the transaction that stores it. An event names what happened; what it carries
 * besides (status, due date, version) is read from the dossier as stored, so one store carries one event.
 */
public sealed interface DossierEvent {

    /** Hands the event to {@code publications}, to describe {@code dossier} as just stored. */
    void publishTo(DossierPublications publications, Dossier dossier);

    /** The dossier was submitted online or received at the counter. */
    record Submitted() implements DossierEvent {

        @Override
        public void publishTo(DossierPublications publications, Dossier dossier) {
            publications.submitted(dossier);
        }
    }

    /** The dossier made the transition in its {@link Dossier#lastTransition()} by {@code action}. */
    record Transitioned(DossierAction action) implements DossierEvent {

        public Transitioned {
            Objects.requireNonNull(action, "action");
        }

        @Override
        public void publishTo(DossierPublications publications, Dossier dossier) {
            publications.transitioned(dossier, action);
        }
    }

    /** The fee was paid and the dossier is back in processing. */
    record PaymentReceived() implements DossierEvent {

        @Override
        public void publishTo(DossierPublications publications, Dossier dossier) {
            publications.paymentReceived(dossier);
        }
    }

    /** The dossier was found past its due date. */
    record Overdue() implements DossierEvent {

        @Override
        public void publishTo(DossierPublications publications, Dossier dossier) {
            publications.overdue(dossier);
        }
    }

    /** An officer issued {@code apology} (form 04) for the dossier. */
    record ApologyIssued(Apology apology) implements DossierEvent {

        public ApologyIssued {
            Objects.requireNonNull(apology, "apology");
        }

        @Override
        public void publishTo(DossierPublications publications, Dossier dossier) {
            publications.apologyIssued(dossier, apology);
        }
    }
}
