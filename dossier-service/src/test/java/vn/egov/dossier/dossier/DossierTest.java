package vn.egov.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.egov.contracts.codes.DossierCode;
import vn.egov.dossier.calendar.Deadlines;
import vn.egov.dossier.calendar.WorkingDays;
import vn.egov.servicedefaults.problem.DomainProblem;
import vn.egov.servicedefaults.time.CityClock;

class DossierTest {

    static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    static final Actor OFFICER = Actor.officer("officer");
    static final Actor OWNER = Actor.citizen("citizen");
    static final Actor SERVICE = Actor.PAYMENT_SERVICE;
    static final ReceivedPayment PAID = new ReceivedPayment("pay-1", Money.vnd(200000), "MOMO", "BLDT-26E/0000001");
    // 2026: 1/12 is a Tuesday; no holidays in late November and December but the weekends.
    static final Deadlines DEADLINES = new Deadlines(new WorkingDays(Set.of(), Set.of()), CityClock.ZONE);

    /** 09:00 in Da Nang on the given day. */
    static Instant at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 9, 0).atZone(CityClock.ZONE).toInstant();
    }

    /** What the citizen submits in these tests, with SMS notices, under {@link ProcedureSnapshots}' default. */
    static DossierContent content(Delivery delivery) {
        return content(ProcedureSnapshots.aSnapshot().build(), delivery);
    }

    static DossierContent content(ProcedureSnapshot procedure, Delivery delivery) {
        return new DossierContent(
                new Applicant("Nguyễn Văn An", "048090001234", "+84905123456", null, "Đà Nẵng"),
                procedure,
                delivery,
                Set.of(NotifyChannel.SMS),
                "{}",
                "[]");
    }

    static Dossier aNewDossier() {
        return aNewDossier(ProcedureSnapshots.aSnapshot().build());
    }

    static Dossier aNewDossier(ProcedureSnapshot procedure) {
        return Dossier.submittedOnline(
                new DossierCode("000.00.15.H17-261123-0001"), "citizen", content(procedure, Delivery.ONLINE), T0);
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
            dossier.supplement(OWNER, T0, DEADLINES);
            assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        }

        @Test
        void refusesAnIllegalTransitionAndKeepsTheStatus() {
            Dossier dossier = aNewDossier();
            assertThatThrownBy(() -> dossier.approve(OFFICER, T0)).isInstanceOf(IllegalTransition.class);
            assertThatThrownBy(() -> dossier.stop(OFFICER, T0, "x")).isInstanceOf(IllegalTransition.class);
            assertThatThrownBy(() -> dossier.supplement(OWNER, T0, DEADLINES)).isInstanceOf(IllegalTransition.class);
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

    @Nested
    class Events {

        @Test
        void aSubmissionRecordsItsEvent() {
            assertThat(aNewDossier().pendingEvents()).containsExactly(new DossierEvent.Submitted());
        }

        @Test
        void aWalkInDossierRecordsOneSubmissionThoughItIsAcceptedAtOnce() {
            Dossier dossier = Dossier.receivedAtCounter(
                    new DossierCode("000.00.15.H17-261123-0002"),
                    "counter:officer",
                    OFFICER,
                    content(Delivery.COUNTER),
                    at(11, 23),
                    DEADLINES);
            assertThat(dossier.pendingEvents()).containsExactly(new DossierEvent.Submitted());
        }

        @Test
        void eachTransitionRecordsItsActionAndStoringHandsTheEventOver() {
            Dossier dossier = aNewDossier();
            assertThat(dossier.takeEvents()).containsExactly(new DossierEvent.Submitted());
            assertThat(dossier.pendingEvents()).isEmpty();

            dossier.accept(OFFICER, at(11, 23), LocalDate.of(2026, 11, 30));
            assertThat(dossier.takeEvents()).containsExactly(new DossierEvent.Transitioned(DossierAction.ACCEPT));
            dossier.requestSupplement(OFFICER, at(11, 24), "Tờ khai");
            assertThat(dossier.takeEvents())
                    .containsExactly(new DossierEvent.Transitioned(DossierAction.REQUEST_SUPPLEMENT));
            dossier.supplement(OWNER, at(11, 25), DEADLINES);
            assertThat(dossier.takeEvents()).containsExactly(new DossierEvent.Transitioned(DossierAction.SUPPLEMENT));
            dossier.startProcessing(OFFICER, at(11, 25));
            assertThat(dossier.takeEvents())
                    .containsExactly(new DossierEvent.Transitioned(DossierAction.START_PROCESSING));
            dossier.requestPayment(OFFICER, at(11, 25), null, null);
            assertThat(dossier.takeEvents())
                    .containsExactly(new DossierEvent.Transitioned(DossierAction.REQUEST_PAYMENT));
            dossier.paymentReceived(SERVICE, at(11, 26), DEADLINES, PAID);
            assertThat(dossier.takeEvents()).containsExactly(new DossierEvent.PaymentReceived());
            dossier.approve(OFFICER, at(11, 26));
            assertThat(dossier.takeEvents()).containsExactly(new DossierEvent.Transitioned(DossierAction.APPROVE));
            dossier.returnResult(OFFICER, at(11, 27));
            assertThat(dossier.takeEvents())
                    .containsExactly(new DossierEvent.Transitioned(DossierAction.RETURN_RESULT));
        }

        @Test
        void closingTransitionsRecordTheirActions() {
            Dossier refused = aNewDossier();
            refused.takeEvents();
            refused.refuse(OFFICER, T0, "Không thuộc thẩm quyền");
            assertThat(refused.pendingEvents()).containsExactly(new DossierEvent.Transitioned(DossierAction.REFUSE));

            Dossier withdrawn = aNewDossier();
            withdrawn.takeEvents();
            withdrawn.withdraw(OWNER, T0, null);
            assertThat(withdrawn.pendingEvents())
                    .containsExactly(new DossierEvent.Transitioned(DossierAction.WITHDRAW));

            Dossier stopped = aNewDossier();
            stopped.accept(OFFICER, T0, LocalDate.of(2026, 11, 30));
            stopped.takeEvents();
            stopped.stop(OFFICER, T0, "Không bổ sung hồ sơ");
            assertThat(stopped.pendingEvents()).containsExactly(new DossierEvent.Transitioned(DossierAction.STOP));
        }

        @Test
        void overdueAndApologyRecordTheirEventsAndTheApology() {
            Dossier dossier = aNewDossier();
            dossier.accept(OFFICER, at(11, 23), LocalDate.of(2026, 11, 30));
            dossier.takeEvents();

            assertThat(dossier.flagOverdue(SERVICE, at(11, 30), LocalDate.of(2026, 11, 30)))
                    .isFalse();
            assertThat(dossier.pendingEvents()).isEmpty();
            assertThat(dossier.flagOverdue(SERVICE, at(12, 1), LocalDate.of(2026, 12, 1)))
                    .isTrue();
            assertThat(dossier.takeEvents()).containsExactly(new DossierEvent.Overdue());

            Apology apology =
                    dossier.apologise(OFFICER, at(12, 1), "Chờ xác minh", LocalDate.of(2026, 12, 7), DEADLINES);
            assertThat(dossier.pendingEvents()).containsExactly(new DossierEvent.ApologyIssued(apology));
        }

        @Test
        void notesAndRefusedTransitionsRecordNothing() {
            Dossier dossier = aNewDossier();
            dossier.takeEvents();

            dossier.paidInAdvance(SERVICE, T0, PAID);
            dossier.refunded(SERVICE, T0, new Refund("refund-1", "pay-1", Money.vnd(200000), "MOMO"));
            dossier.recordPaymentNotApplied(SERVICE, T0, "Thanh toán thứ hai");
            assertThatThrownBy(() -> dossier.approve(OFFICER, T0)).isInstanceOf(IllegalTransition.class);

            assertThat(dossier.pendingEvents()).isEmpty();
        }

        @Test
        void aDossierWithAnEventPendingRefusesToBeWritten() {
            Dossier dossier = aNewDossier();
            assertThatThrownBy(dossier::refuseToBeWrittenWithPendingEvents)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DossierStore");

            dossier.takeEvents();
            dossier.refuseToBeWrittenWithPendingEvents();
        }
    }

    @Nested
    class ClockPauses {

        @Test
        void aSupplementPausesTheClockAndMovesTheDueDateByThePausedWorkingDays() {
            Dossier dossier = aNewDossier();
            dossier.accept(OFFICER, at(11, 23), LocalDate.of(2026, 11, 30));
            // asked on Wednesday 25/11, supplied Tuesday 1/12: Thu, Fri, Mon, Tue paused
            dossier.requestSupplement(OFFICER, at(11, 25), "Tờ khai");
            assertThat(dossier.isPaused()).isTrue();
            dossier.supplement(OWNER, at(12, 1), DEADLINES);

            assertThat(dossier.isPaused()).isFalse();
            assertThat(dossier.pauses()).singleElement().satisfies(pause -> {
                assertThat(pause.reason()).isEqualTo(PauseReason.SUPPLEMENT);
                assertThat(pause.startedAt()).isEqualTo(at(11, 25));
                assertThat(pause.endedAt()).isEqualTo(at(12, 1));
                assertThat(pause.workingDays()).isEqualTo(4);
            });
            // Monday 30/11 + 4 working days
            assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        }

        @Test
        void aSupplementBeforeAcceptanceDoesNotPauseAClockThatHasNotStarted() {
            Dossier dossier = aNewDossier();
            dossier.requestSupplement(OFFICER, at(11, 23), "Tờ khai");
            dossier.supplement(OWNER, at(11, 26), DEADLINES);
            assertThat(dossier.pauses()).isEmpty();
            assertThat(dossier.dueDate()).isNull();
        }

        @Test
        void aPaymentPausesTheClockUntilItIsReceivedOnce() {
            Dossier dossier = aNewDossier();
            dossier.accept(OFFICER, at(11, 23), LocalDate.of(2026, 11, 30));
            dossier.startProcessing(OFFICER, at(11, 23));
            dossier.requestPayment(OFFICER, at(11, 24), null, null);
            dossier.paymentReceived(SERVICE, at(11, 26), DEADLINES, PAID);

            assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESSING);
            assertThat(dossier.paidPaymentId()).isEqualTo("pay-1");
            assertThat(dossier.pauses()).singleElement().satisfies(pause -> {
                assertThat(pause.reason()).isEqualTo(PauseReason.PAYMENT);
                assertThat(pause.workingDays()).isEqualTo(2);
            });
            assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThatThrownBy(() -> dossier.paymentReceived(SERVICE, at(11, 27), DEADLINES, PAID))
                    .isInstanceOf(IllegalTransition.class);
        }

        @Test
        void aWithdrawalEndsAnOpenPauseWithoutMovingTheDueDate() {
            Dossier dossier = aNewDossier();
            dossier.accept(OFFICER, at(11, 23), LocalDate.of(2026, 11, 30));
            dossier.requestSupplement(OFFICER, at(11, 24), "Tờ khai");
            dossier.withdraw(OWNER, at(11, 27), "Không còn nhu cầu");

            assertThat(dossier.pauses()).singleElement().satisfies(pause -> {
                assertThat(pause.endedAt()).isEqualTo(at(11, 27));
                assertThat(pause.workingDays()).isNull();
            });
            assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        }

        @Test
        void aPaymentNotAppliedIsRecordedWithoutChangingTheStatus() {
            Dossier dossier = aNewDossier();
            dossier.accept(OFFICER, at(11, 23), LocalDate.of(2026, 11, 30));
            dossier.startProcessing(OFFICER, at(11, 23));
            dossier.requestPayment(OFFICER, at(11, 24), null, null);
            dossier.recordPaymentNotApplied(SERVICE, at(11, 25), "150000 VND khác lệ phí 200000 VND");

            assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_PAYMENT);
            assertThat(dossier.history().get(dossier.history().size() - 1).kind())
                    .isEqualTo(HistoryKind.PAYMENT_NOT_APPLIED);
            assertThat(dossier.lastTransition().to()).isEqualTo(DossierStatus.AWAITING_PAYMENT);
        }
    }

    @Nested
    class Fees {

        Dossier inProcessing() {
            Dossier dossier = aNewDossier();
            dossier.accept(OFFICER, at(11, 23), LocalDate.of(2026, 11, 30));
            dossier.startProcessing(OFFICER, at(11, 23));
            return dossier;
        }

        @Test
        void owesTheProcedureFeeUntilAnOfficerStatesAnotherAmount() {
            Dossier dossier = inProcessing();
            assertThat(dossier.amountDue()).isEqualTo(Money.vnd(200000));
            assertThat(dossier.whyNotPayable()).isEmpty();

            dossier.requestPayment(OFFICER, at(11, 24), Money.vnd(350000), "Phí thẩm định bổ sung");

            assertThat(dossier.amountDue()).isEqualTo(Money.vnd(350000));
            assertThat(dossier.requestedAmount()).isEqualTo(Money.vnd(350000));
            assertThat(dossier.lastTransition().reason())
                    .isEqualTo("Số tiền phải nộp: 350.000 đồng. Phí thẩm định bổ sung");
        }

        @Test
        void aPaymentRightAfterSubmissionMarksTheDossierPaidAndALaterRequestIsRefused() {
            Dossier dossier = aNewDossier();
            dossier.paidInAdvance(SERVICE, at(11, 23), PAID);

            assertThat(dossier.status()).isEqualTo(DossierStatus.NEW);
            assertThat(dossier.paidPaymentId()).isEqualTo("pay-1");
            assertThat(dossier.whyNotPayable()).hasValue("Hồ sơ đã được thanh toán");
            assertThat(dossier.history().get(1).kind()).isEqualTo(HistoryKind.PAYMENT_RECEIVED);
            assertThat(dossier.history().get(1).reason()).contains("200.000 đồng", "MOMO", "BLDT-26E/0000001");
            dossier.accept(OFFICER, at(11, 23), LocalDate.of(2026, 11, 30));
            dossier.startProcessing(OFFICER, at(11, 23));
            assertThatThrownBy(() -> dossier.requestPayment(OFFICER, at(11, 24), null, null))
                    .isInstanceOfSatisfying(PaymentNotRequestable.class, p -> assertThat(p.kind())
                            .isEqualTo(DomainProblem.Kind.CONFLICT));
            assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESSING);
            assertThatThrownBy(() -> dossier.paidInAdvance(SERVICE, at(11, 24), PAID))
                    .isInstanceOf(IllegalTransition.class);
        }

        @Test
        void aFreeProcedureOwesNothingUntilAnOfficerStatesAnAmount() {
            Dossier dossier = aNewDossier(ProcedureSnapshots.aSnapshot().fee(0).build());
            dossier.accept(OFFICER, at(11, 23), LocalDate.of(2026, 11, 30));
            dossier.startProcessing(OFFICER, at(11, 23));

            assertThat(dossier.whyNotPayable()).hasValue("Thủ tục không thu phí, lệ phí");
            assertThatThrownBy(() -> dossier.requestPayment(OFFICER, at(11, 24), null, null))
                    .isInstanceOf(PaymentNotRequestable.class);
            dossier.requestPayment(OFFICER, at(11, 24), Money.vnd(50000), "Phí thẩm định");
            assertThat(dossier.amountDue()).isEqualTo(Money.vnd(50000));
        }

        @Test
        void aClosedDossierIsNotPayable() {
            Dossier dossier = aNewDossier();
            dossier.refuse(OFFICER, at(11, 23), "Không thuộc thẩm quyền");
            assertThat(dossier.whyNotPayable()).hasValue("Hồ sơ không được tiếp nhận");
            assertThatThrownBy(() -> dossier.paidInAdvance(SERVICE, at(11, 24), PAID))
                    .isInstanceOf(IllegalTransition.class);
        }

        @Test
        void refusesAStatedAmountOfNothingOrMoreThanTheCap() {
            Dossier dossier = inProcessing();
            assertThatThrownBy(() -> dossier.requestPayment(OFFICER, at(11, 24), Money.vnd(0), null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> dossier.requestPayment(
                            OFFICER, at(11, 24), Money.vnd(Dossier.MAX_REQUESTED_AMOUNT + 1), null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        }
    }

    @Nested
    class Lateness {

        Dossier inProcessingDueMonday() {
            Dossier dossier = aNewDossier();
            dossier.accept(OFFICER, at(11, 23), LocalDate.of(2026, 11, 30));
            dossier.startProcessing(OFFICER, at(11, 24));
            return dossier;
        }

        @Test
        void isFlaggedOverdueOnceTheDayAfterTheDueDate() {
            Dossier dossier = inProcessingDueMonday();
            assertThat(dossier.flagOverdue(SERVICE, at(11, 30), LocalDate.of(2026, 11, 30)))
                    .isFalse();
            assertThat(dossier.flagOverdue(SERVICE, at(12, 1), LocalDate.of(2026, 12, 1)))
                    .isTrue();
            assertThat(dossier.flagOverdue(SERVICE, at(12, 2), LocalDate.of(2026, 12, 2)))
                    .isFalse();
            assertThat(dossier.overdueAt()).isEqualTo(at(12, 1));
            assertThat(dossier.history().stream().filter(e -> e.kind() == HistoryKind.OVERDUE))
                    .hasSize(1);
        }

        @Test
        void aPausedDossierIsNotFlagged() {
            Dossier dossier = inProcessingDueMonday();
            dossier.requestSupplement(OFFICER, at(11, 25), "Tờ khai");
            assertThat(dossier.flagOverdue(SERVICE, at(12, 3), LocalDate.of(2026, 12, 3)))
                    .isFalse();
        }

        @Test
        void anApologyNeedsALaterWorkingDayAndKeepsTheLegalDueDate() {
            Dossier dossier = inProcessingDueMonday();
            Instant now = at(12, 1);
            assertThatThrownBy(() ->
                            dossier.apologise(OFFICER, now, "Chờ xác minh", LocalDate.of(2026, 11, 30), DEADLINES))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(
                            () -> dossier.apologise(OFFICER, now, "Chờ xác minh", LocalDate.of(2026, 12, 5), DEADLINES))
                    .hasMessageContaining("not a working day");
            assertThatThrownBy(() -> dossier.apologise(OFFICER, now, " ", LocalDate.of(2026, 12, 7), DEADLINES))
                    .isInstanceOf(IllegalArgumentException.class);

            Apology apology = dossier.apologise(OFFICER, now, "Chờ xác minh", LocalDate.of(2026, 12, 7), DEADLINES);

            assertThat(apology.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(dossier.rescheduledDueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROCESSING);
        }

        @Test
        void aResultAfterTheLegalDueDateIsLateEvenAfterAnApology() {
            Dossier dossier = inProcessingDueMonday();
            dossier.apologise(OFFICER, at(12, 1), "Chờ xác minh", LocalDate.of(2026, 12, 7), DEADLINES);
            dossier.approve(OFFICER, at(12, 4));
            assertThat(dossier.onTime()).isFalse();
        }

        @Test
        void aResultOnTheDueDateIsOnTime() {
            Dossier dossier = inProcessingDueMonday();
            dossier.approve(OFFICER, at(11, 30));
            assertThat(dossier.onTime()).isTrue();
        }
    }

    @Nested
    class Counter {

        @Test
        void aWalkInDossierIsAcceptedAtOnceWithTheFullStatutoryTime() {
            Dossier dossier = Dossier.receivedAtCounter(
                    new DossierCode("000.00.15.H17-261123-0002"),
                    "counter:officer",
                    OFFICER,
                    content(Delivery.COUNTER),
                    at(11, 23),
                    DEADLINES);

            assertThat(dossier.status()).isEqualTo(DossierStatus.ACCEPTED);
            assertThat(dossier.channel()).isEqualTo(Channel.COUNTER);
            // Monday 23/11 + 10 working days (not the 5 of online dossiers)
            assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(dossier.history()).singleElement().satisfies(e -> {
                assertThat(e.to()).isEqualTo(DossierStatus.ACCEPTED);
                assertThat(e.actor()).isEqualTo("officer");
            });
        }
    }
}
