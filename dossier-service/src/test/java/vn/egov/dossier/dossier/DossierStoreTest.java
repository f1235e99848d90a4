package vn.egov.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierStoreTest {

    /** What happened, in order: writes and publications. */
    private final List<String> log = new ArrayList<>();

    private final DossierStore store = new DossierStore(writtenTo(log), new RecordedPublications(log));

    /** A repository that only writes, into the log; the dossier may be written only when its events are taken. */
    private static Dossiers writtenTo(List<String> log) {
        return (Dossiers) Proxy.newProxyInstance(
                Dossiers.class.getClassLoader(), new Class<?>[] {Dossiers.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("saveAndFlush")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Dossier dossier = (Dossier) args[0];
                    dossier.refuseToBeWrittenWithPendingEvents();
                    log.add("write");
                    return dossier;
                });
    }

    @Test
    void writesTheDossierThenPublishesItsEventOnce() {
        Dossier dossier = DossierTest.aNewDossier();
        store.save(dossier);
        dossier.accept(DossierTest.OFFICER, DossierTest.T0, LocalDate.of(2026, 11, 30));
        store.save(dossier);
        store.save(dossier);

        assertThat(log).containsExactly("write", "submitted", "write", "transitioned ACCEPT", "write");
        assertThat(dossier.pendingEvents()).isEmpty();
    }

    @Test
    void refusesSeveralTransitionsInOneStore() {
        Dossier dossier = DossierTest.aNewDossier();
        dossier.accept(DossierTest.OFFICER, DossierTest.T0, LocalDate.of(2026, 11, 30));

        assertThatThrownBy(() -> store.save(dossier)).isInstanceOf(IllegalStateException.class);
        assertThat(log).isEmpty();
    }

    private record RecordedPublications(List<String> published) implements DossierPublications {

        @Override
        public void submitted(Dossier dossier) {
            published.add("submitted");
        }

        @Override
        public void transitioned(Dossier dossier, DossierAction action) {
            published.add("transitioned " + action);
        }

        @Override
        public void paymentReceived(Dossier dossier) {
            published.add("payment received");
        }

        @Override
        public void overdue(Dossier dossier) {
            published.add("overdue");
        }

        @Override
        public void apologyIssued(Dossier dossier, Apology apology) {
            published.add("apology issued");
        }
    }
}
