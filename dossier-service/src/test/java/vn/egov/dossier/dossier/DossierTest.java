package vn.egov.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DossierTest {

    static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    static final Actor OFFICER = Actor.officer("officer");
    static final Actor OWNER = Actor.citizen("citizen");

    static Dossier aNewDossier() {
        return Dossier.submittedOnline(
                new DossierCode("000.00.15.H17-261123-0001"),
                "citizen",
                new Applicant("Nguyễn Văn An", "048090001234", "+84905123456", null, "Đà Nẵng"),
                new ProcedureSnapshot(
                        "1.001823",
                        3,
                        "Cấp Phiếu lý lịch tư pháp",
                        "000.00.15.H17",
                        "Sở Tư pháp",
                        "CITY",
                        4,
                        10,
                        5,
                        200000,
                        16),
                Delivery.ONLINE,
                Set.of(NotifyChannel.SMS),
                "{}",
                "[]",
                T0);
    }

    @Test
    void startsNewWithOneHistoryEntry() {
        Dossier dossier = aNewDossier();
        assertThat(dossier.status()).isEqualTo(DossierStatus.NEW);
        assertThat(dossier.history()).singleElement().satisfies(e -> {
            assertThat(e.from()).isNull();
            assertThat(e.to()).isEqualTo(DossierStatus.NEW);
            assertThat(e.actor()).isEqualTo("citizen");
        });
    }

    @Nested
    class Transitions {

        @Test
        void acceptFixesTheDueDateAndRecordsWhoAccepted() {
            Dossier dossier = aNewDossier();
            dossier.accept(OFFICER, T0, LocalDate.of(2026, 11, 30));
            assertThat(dossier.status()).isEqualTo(DossierStatus.ACCEPTED);
            assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(dossier.lastTransition().actor()).isEqualTo("officer");
            assertThat(dossier.lastTransition().from()).isEqualTo(DossierStatus.NEW);
        }

        @Test
        void runsTheWholeHappyPath() {
            Dossier dossier = aNewDossier();
            dossier.accept(OFFICER, T0, LocalDate.of(2026, 11, 30));
            dossier.startProcessing(OFFICER, T0);
            dossier.approve(OFFICER, T0);
            dossier.returnResult(OFFICER, T0);
            assertThat(dossier.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
            assertThat(dossier.history()).hasSize(5);
        }

        @Test
        void supplementReturnsToTheStatusItWasRequestedIn() {
            Dossier dossier = aNewDossier();
            dossier.accept(OFFICER, T0, LocalDate.of(2026, 11, 30));
            dossier.startProcessing(OFFICER, T0);
            dossier.requestSupplement(OFFICER, T0, "Tờ khai");
            dossier.supplement(OWNER, T0);
            assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        }

        @Test
        void refusesAnIllegalTransitionAndKeepsTheStatus() {
            Dossier dossier = aNewDossier();
            assertThatThrownBy(() -> dossier.approve(OFFICER, T0)).isInstanceOf(IllegalTransition.class);
            assertThatThrownBy(() -> dossier.stop(OFFICER, T0, "x")).isInstanceOf(IllegalTransition.class);
            assertThatThrownBy(() -> dossier.supplement(OWNER, T0)).isInstanceOf(IllegalTransition.class);
            assertThat(dossier.status()).isEqualTo(DossierStatus.NEW);
            assertThat(dossier.history()).hasSize(1);
        }

        @Test
        void cannotWithdrawAClosedDossier() {
            Dossier dossier = aNewDossier();
            dossier.refuse(OFFICER, T0, "Không thuộc thẩm quyền");
            assertThatThrownBy(() -> dossier.withdraw(OWNER, T0, null)).isInstanceOf(IllegalTransition.class);
            assertThat(dossier.status()).isEqualTo(DossierStatus.NOT_ACCEPTED);
        }
    }
}
