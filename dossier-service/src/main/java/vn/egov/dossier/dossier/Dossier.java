package vn.egov.dossier.dossier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.egov.contracts.codes.DossierCode;
import vn.egov.dossier.calendar.Deadlines;
import vn.egov.servicedefaults.time.CityClock;

/**
 * A dossier (hồ sơ): one application by one applicant under one procedure version. Its status changes only through the
 * transition methods, each of which checks the current status, throws {@link IllegalTransition} when the move is not
 * allowed, appends a {@link HistoryEntry} and records the {@link DossierEvent} the platform is told of. The
 * {@code @Version} makes concurrent transitions fail rather than overwrite each other.
 *
 * <p>A changed dossier is stored through {@link DossierStore}, which writes its pending event to the outbox in the same
 * transaction. A dossier written any other way with an event pending (say, left to dirty checking) fails the
 * transaction instead of losing the event.
 */
@Entity
@Table(name = "dossier")
public class Dossier {

    private static final Set<DossierStatus> OPEN = EnumSet.of(
            DossierStatus.NEW,
            DossierStatus.ACCEPTED,
            DossierStatus.IN_PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED,
            DossierStatus.AWAITING_PAYMENT);

    /** Statuses in which a payment received before any request is recorded as paid in advance. */
    private static final Set<DossierStatus> PAYABLE_IN_ADVANCE = EnumSet.of(
            DossierStatus.NEW, DossierStatus.ACCEPTED, DossierStatus.IN_PROCESSING, DossierStatus.SUPPLEMENT_REQUESTED);

    /** The most an officer may state when requesting payment, in VND: a guard against a mistyped amount. */
    public static final long MAX_REQUESTED_AMOUNT = 1_000_000_000L;

    /** Statuses in which the legal clock runs: accepted and not paused, not finished. */
    private static final Set<DossierStatus> CLOCK_RUNNING =
            EnumSet.of(DossierStatus.ACCEPTED, DossierStatus.IN_PROCESSING);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code")
    private String code;

    @Version
    @Column(name = "version")
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private DossierStatus status;

    @Column(name = "owner_subject")
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel")
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery")
    private Delivery delivery;

    @Column(name = "notify")
    private String notify;

    @Embedded
    private Applicant applicant;

    @Embedded
    private ProcedureSnapshot procedure;

    @Column(name = "form")
    private String form;

    @Column(name = "documents")
    private String documents;

    /** The codes of the conditional documents whose case the applicant declared. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "applicable_cases")
    private String[] applicableCases = new String[0];

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** Where a dossier goes back to after a supplement or a payment. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resume_status")
    private DossierStatus resumeStatus;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** When the result became ready (PROCESSED); lateness is judged on this day against {@link #dueDate}. */
    @Column(name = "processed_at")
    private Instant processedAt;

    /** When the scheduler found the dossier past its due date; set once. */
    @Column(name = "overdue_at")
    private Instant overdueAt;

    /** The date promised by the latest apology (form 04); the legal {@link #dueDate} does not move with it. */
    @Column(name = "rescheduled_due_date")
    private LocalDate rescheduledDueDate;

    /** The payment that was applied, so that a second notice of the same payment changes nothing. */
    @Column(name = "paid_payment_id")
    private String paidPaymentId;

    /** What the officer stated when requesting payment (VND); null when the procedure's fee applies. */
    @Column(name = "requested_amount")
    private Long requestedAmount;

    // Eager by subselect: every view of a dossier shows its pauses, and a page of dossiers loads them in one query.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<ClockPause> pauses = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<Apology> apologies = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<HistoryEntry> history = new ArrayList<>();

    /** Recorded by the transitions, handed to {@link DossierStore} when the dossier is stored. */
    @Transient
    private List<DossierEvent> events = new ArrayList<>();

    protected Dossier() {}

    /** A dossier just submitted online by its owner: {@code NEW}, with the first history entry. */
    public static Dossier submittedOnline(DossierCode code, String owner, DossierContent content, Instant at) {
        Dossier dossier = new Dossier();
        dossier.code = code.value();
        dossier.owner = Objects.requireNonNull(owner, "owner");
        dossier.applicant = content.applicant();
        dossier.procedure = content.procedure();
        dossier.channel = Channel.ONLINE;
        dossier.delivery = content.delivery();
        dossier.notify = content.notifyChannels().stream().map(Enum::name).collect(Collectors.joining(","));
        dossier.form = content.form();
        dossier.documents = content.documents();
        dossier.applicableCases = content.applicableCases().toArray(String[]::new);
        dossier.status = DossierStatus.NEW;
        dossier.submittedAt = at;
        dossier.updatedAt = at;
        dossier.history.add(new HistoryEntry(owner, "CITIZEN", at, null, DossierStatus.NEW, null));
        dossier.events.add(new DossierEvent.Submitted());
        return dossier;
    }

    /**
     * A walk-in dossier received at the counter by an officer of the agency: checked on the spot, so it is accepted at
     * once and the clock starts with the full statutory time (no online reduction).
     *
     * @param keeper who stands for the applicant in the system (the counter, not a citizen account)
     */
    public static Dossier receivedAtCounter(
            DossierCode code, String keeper, Actor officer, DossierContent content, Instant at, Deadlines deadlines) {
        Dossier dossier = submittedOnline(code, keeper, content, at);
        dossier.channel = Channel.COUNTER;
        dossier.history.clear();
        dossier.history.add(
                new HistoryEntry(officer.subject(), officer.role(), at, null, DossierStatus.ACCEPTED, null));
        dossier.status = DossierStatus.ACCEPTED;
        dossier.acceptedAt = at;
        dossier.dueDate = deadlines.dueDate(
                at, dossier.procedure.processingDaysFor(Channel.COUNTER), dossier.procedure.cutOffHour());
        return dossier;
    }

    /** The one-stop shop accepts a valid dossier; the legal clock starts and the due date is fixed. */
    public void accept(Actor officer, Instant at, LocalDate dueDate) {
        move(EnumSet.of(DossierStatus.NEW), DossierStatus.ACCEPTED, officer, at, null);
        this.acceptedAt = at;
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        events.add(new DossierEvent.Transitioned(DossierAction.ACCEPT));
    }

    /** The one-stop shop refuses to receive the dossier, saying why. */
    public void refuse(Actor officer, Instant at, String reason) {
        move(EnumSet.of(DossierStatus.NEW), DossierStatus.NOT_ACCEPTED, officer, at, required(reason));
        events.add(new DossierEvent.Transitioned(DossierAction.REFUSE));
    }

    /** The officer asks the applicant for missing or corrected documents. */
    public void requestSupplement(Actor officer, Instant at, String missing) {
        DossierStatus before = status;
        move(
                EnumSet.of(DossierStatus.NEW, DossierStatus.ACCEPTED, DossierStatus.IN_PROCESSING),
                DossierStatus.SUPPLEMENT_REQUESTED,
                officer,
                at,
                required(missing));
        resumeStatus = before;
        if (CLOCK_RUNNING.contains(before)) {
            pauses.add(new ClockPause(PauseReason.SUPPLEMENT, at));
        }
        events.add(new DossierEvent.Transitioned(DossierAction.REQUEST_SUPPLEMENT));
    }

    /**
     * The applicant supplied what was asked; the dossier goes back to where it was, and a paused clock runs again with
     * the due date moved by the working days the pause cost.
     */
    public void supplement(Actor owner, Instant at, Deadlines deadlines) {
        supplement(owner, at, deadlines, null);
    }

    /**
     * As {@link #supplement(Actor, Instant, Deadlines)}, with what was supplied for the history (the applicant's note,
     * the documents sent).
     */
    public void supplement(Actor owner, Instant at, Deadlines deadlines, String supplied) {
        DossierStatus back = resumeStatus;
        move(
                EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED),
                back,
                owner,
                at,
                supplied == null || supplied.isBlank() ? null : supplied.strip());
        resumeStatus = null;
        resumeClock(at, deadlines);
        events.add(new DossierEvent.Transitioned(DossierAction.SUPPLEMENT));
    }

    public void startProcessing(Actor officer, Instant at) {
        move(EnumSet.of(DossierStatus.ACCEPTED), DossierStatus.IN_PROCESSING, officer, at, null);
        events.add(new DossierEvent.Transitioned(DossierAction.START_PROCESSING));
    }

    /**
     * A fee or other financial obligation must be paid before processing goes on. The history says how much.
     *
     * @param stated the amount the officer states; null for the fee of the procedure version
     * @param note the officer's words about it (e.g. what the amount is for); null when none
     * @throws PaymentNotRequestable when the fee was already paid, or when nothing is owed (no fee, nothing stated)
     * @throws IllegalArgumentException when the stated amount is zero or above {@link #MAX_REQUESTED_AMOUNT}
     */
    public void requestPayment(Actor officer, Instant at, Money stated, String note) {
        if (stated != null && (stated.isZero() || stated.vnd() > MAX_REQUESTED_AMOUNT)) {
            throw new IllegalArgumentException("a stated amount is between 1 and " + MAX_REQUESTED_AMOUNT + " VND");
        }
        if (paidPaymentId != null) {
            throw PaymentNotRequestable.alreadyPaid(code, paidPaymentId);
        }
        Money due = stated != null ? stated : Money.vnd(procedure.feeTotal());
        if (due.isZero()) {
            throw PaymentNotRequestable.amountRequired(code);
        }
        String reason = "Số tiền phải nộp: " + due + (stated == null ? " (phí, lệ phí của thủ tục)" : "");
        if (note != null && !note.isBlank()) {
            reason = reason + ". " + note.strip();
        }
        move(EnumSet.of(DossierStatus.IN_PROCESSING), DossierStatus.AWAITING_PAYMENT, officer, at, reason);
        requestedAmount = stated == null ? null : stated.vnd();
        resumeStatus = DossierStatus.IN_PROCESSING;
        pauses.add(new ClockPause(PauseReason.PAYMENT, at));
        events.add(new DossierEvent.Transitioned(DossierAction.REQUEST_PAYMENT));
    }

    /**
     * The fee was paid: processing goes on and the clock runs again, the due date moved by the working days the pause
     * cost.
     *
     * @param payment remembered by its id, so that the same payment is applied once
     */
    public void paymentReceived(Actor service, Instant at, Deadlines deadlines, ReceivedPayment payment) {
        move(EnumSet.of(DossierStatus.AWAITING_PAYMENT), DossierStatus.IN_PROCESSING, service, at, payment.describe());
        resumeStatus = null;
        paidPaymentId = payment.paymentId();
        resumeClock(at, deadlines);
        events.add(new DossierEvent.PaymentReceived());
    }

    /**
     * The fee was paid before anyone asked for it (the applicant paid right after submitting online): the dossier is
     * paid, and a later payment request is refused, but its status and clock stay as they are.
     *
     * @throws IllegalTransition when the dossier is closed, awaits a requested payment, or was paid already
     */
    public void paidInAdvance(Actor service, Instant at, ReceivedPayment payment) {
        if (!PAYABLE_IN_ADVANCE.contains(status) || paidPaymentId != null) {
            throw new IllegalTransition(code, status, status);
        }
        paidPaymentId = payment.paymentId();
        note(HistoryKind.PAYMENT_RECEIVED, service, at, payment.describe());
    }

    /** A paid fee was given back to the payer; the history says so, the status stays. */
    public void refunded(Actor service, Instant at, Refund refund) {
        note(HistoryKind.PAYMENT_REFUNDED, service, at, refund.describe());
    }

    /** A payment arrived that is not applied; the status stays and the history says why, for the officer to act on. */
    public void recordPaymentNotApplied(Actor service, Instant at, String why) {
        note(HistoryKind.PAYMENT_NOT_APPLIED, service, at, required(why));
    }

    /** The result is ready. */
    public void approve(Actor officer, Instant at) {
        move(EnumSet.of(DossierStatus.IN_PROCESSING), DossierStatus.PROCESSED, officer, at, null);
        processedAt = at;
        events.add(new DossierEvent.Transitioned(DossierAction.APPROVE));
    }

    public void returnResult(Actor officer, Instant at) {
        move(EnumSet.of(DossierStatus.PROCESSED), DossierStatus.RESULT_RETURNED, officer, at, null);
        events.add(new DossierEvent.Transitioned(DossierAction.RETURN_RESULT));
    }

    /** The applicant withdraws a dossier that is still open. */
    public void withdraw(Actor owner, Instant at, String reason) {
        move(OPEN, DossierStatus.WITHDRAWN, owner, at, reason);
        openPause().ifPresent(pause -> pause.endWithoutResuming(at));
        events.add(new DossierEvent.Transitioned(DossierAction.WITHDRAW));
    }

    /** The agency stops processing (e.g. the applicant never supplied what was missing), saying why. */
    public void stop(Actor officer, Instant at, String reason) {
        Set<DossierStatus> from = EnumSet.copyOf(OPEN);
        from.remove(DossierStatus.NEW);
        move(from, DossierStatus.STOPPED, officer, at, required(reason));
        openPause().ifPresent(pause -> pause.endWithoutResuming(at));
        events.add(new DossierEvent.Transitioned(DossierAction.STOP));
    }

    /**
     * Flags a dossier whose due date passed while its clock ran, once; a paused dossier is not overdue yet, because its
     * due date will move.
     *
     * @return false when there is nothing to flag (not open, paused, already flagged, or not past due)
     */
    public boolean flagOverdue(Actor system, Instant at, LocalDate today) {
        if (overdueAt != null || !CLOCK_RUNNING.contains(status) || dueDate == null || !today.isAfter(dueDate)) {
            return false;
        }
        overdueAt = at;
        note(HistoryKind.OVERDUE, system, at, "Quá hạn giải quyết (hạn " + dueDate + ")");
        events.add(new DossierEvent.Overdue());
        return true;
    }

    /**
     * Form 04: the agency apologises and promises the result for {@code newDueDate}, a working day after the due date
     * (and after any earlier promise) and not in the past. The legal due date stays: an apology does not turn a late
     * dossier into an on-time one.
     *
     * @throws IllegalArgumentException when the new date is not acceptable
     */
    public Apology apologise(Actor officer, Instant at, String reason, LocalDate newDueDate, Deadlines deadlines) {
        if (!CLOCK_RUNNING.contains(status)) {
            throw new IllegalTransition(code, status, status);
        }
        Objects.requireNonNull(newDueDate, "newDueDate");
        LocalDate after = rescheduledDueDate == null ? dueDate : rescheduledDueDate;
        if (!newDueDate.isAfter(after)) {
            throw new IllegalArgumentException("the new date must be after " + after);
        }
        if (newDueDate.isBefore(deadlines.today(at))) {
            throw new IllegalArgumentException("the new date must not be in the past");
        }
        if (!deadlines.isWorkingDay(newDueDate)) {
            throw new IllegalArgumentException(newDueDate + " is not a working day");
        }
        String why = required(reason);
        Apology apology = new Apology(officer.subject(), at, why, dueDate, newDueDate);
        apologies.add(apology);
        rescheduledDueDate = newDueDate;
        note(HistoryKind.APOLOGY, officer, at, "Phiếu xin lỗi (Mẫu 04), hẹn lại ngày " + newDueDate + ": " + why);
        events.add(new DossierEvent.ApologyIssued(apology));
        return apology;
    }

    /** The events recorded since the dossier was last stored, oldest first. */
    List<DossierEvent> pendingEvents() {
        return List.copyOf(events);
    }

    /** Hands the pending events over to {@link DossierStore}, which publishes them with the stored change. */
    List<DossierEvent> takeEvents() {
        List<DossierEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** The safety net of {@link DossierStore}: a dossier is never written while the platform is not told of it. */
    @PrePersist
    @PreUpdate
    void refuseToBeWrittenWithPendingEvents() {
        if (!events.isEmpty()) {
            throw new IllegalStateException("Dossier " + code + " is being written with its events " + events
                    + " unpublished: store it through DossierStore");
        }
    }

    private void resumeClock(Instant at, Deadlines deadlines) {
        openPause().ifPresent(pause -> {
            int days = deadlines.pausedDays(pause.startedAt(), at, procedure.cutOffHour());
            pause.resume(at, days);
            dueDate = deadlines.extend(dueDate, days);
        });
    }

    private Optional<ClockPause> openPause() {
        return pauses.stream().filter(ClockPause::isOpen).findFirst();
    }

    private void note(HistoryKind kind, Actor actor, Instant at, String reason) {
        history.add(HistoryEntry.note(kind, actor, at, status, reason));
        updatedAt = at;
    }

    private void move(Set<DossierStatus> allowed, DossierStatus to, Actor actor, Instant at, String reason) {
        if (!allowed.contains(status) || to == null) {
            throw new IllegalTransition(code, status, to == null ? status : to);
        }
        history.add(new HistoryEntry(actor.subject(), actor.role(), at, status, to, reason));
        status = to;
        updatedAt = at;
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        return reason.strip();
    }

    public boolean isOwnedBy(String subject) {
        return owner.equals(subject);
    }

    public Long id() {
        return id;
    }

    public DossierCode code() {
        return new DossierCode(code);
    }

    public long version() {
        return version;
    }

    public DossierStatus status() {
        return status;
    }

    public String owner() {
        return owner;
    }

    public Channel channel() {
        return channel;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Set<NotifyChannel> notifyChannels() {
        return Arrays.stream(notify.split(","))
                .map(NotifyChannel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NotifyChannel.class)));
    }

    public Applicant applicant() {
        return applicant;
    }

    public ProcedureSnapshot procedure() {
        return procedure;
    }

    public String form() {
        return form;
    }

    public String documents() {
        return documents;
    }

    /** The codes of the conditional documents whose case the applicant declared when submitting. */
    public List<String> applicableCases() {
        return applicableCases == null ? List.of() : List.of(applicableCases);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    /** Null until the dossier is accepted. */
    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }

    /** The newest transition: the one that led to the current status (notes such as an apology are skipped). */
    public HistoryEntry lastTransition() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).kind() == HistoryKind.TRANSITION) {
                return history.get(i);
            }
        }
        throw new IllegalStateException("a dossier has at least its submission");
    }

    public List<ClockPause> pauses() {
        return Collections.unmodifiableList(pauses);
    }

    /** True while the clock stands still for a supplement or a payment. */
    public boolean isPaused() {
        return openPause().isPresent();
    }

    /** Null until the result is ready. */
    public Instant processedAt() {
        return processedAt;
    }

    /** Null unless the scheduler found the dossier past its due date. */
    public Instant overdueAt() {
        return overdueAt;
    }

    /** The date promised by the latest apology; null when there was none. */
    public LocalDate rescheduledDueDate() {
        return rescheduledDueDate;
    }

    /** The payment applied to the dossier; null while its fee is unpaid. */
    public String paidPaymentId() {
        return paidPaymentId;
    }

    /** What the officer stated when requesting payment; null when none was stated. */
    public Money requestedAmount() {
        return requestedAmount == null ? null : Money.vnd(requestedAmount);
    }

    /**
     * What the applicant owes (or owed, once paid): the amount stated with the payment request when there is one, else
     * the fee of the procedure version the dossier was submitted under.
     */
    public Money amountDue() {
        return requestedAmount != null ? Money.vnd(requestedAmount) : Money.vnd(procedure.feeTotal());
    }

    /**
     * Why the applicant cannot pay for this dossier online now, in Vietnamese for the payment page; empty when they
     * can: something is owed, nothing was paid yet, and the dossier is still open.
     */
    public Optional<String> whyNotPayable() {
        if (paidPaymentId != null) {
            return Optional.of("Hồ sơ đã được thanh toán");
        }
        if (!OPEN.contains(status)) {
            return Optional.of(
                    switch (status) {
                        case NOT_ACCEPTED -> "Hồ sơ không được tiếp nhận";
                        case WITHDRAWN -> "Hồ sơ đã được rút";
                        case STOPPED -> "Hồ sơ đã dừng xử lý";
                        default -> "Hồ sơ đã được giải quyết xong";
                    });
        }
        if (amountDue().isZero()) {
            return Optional.of("Thủ tục không thu phí, lệ phí");
        }
        return Optional.empty();
    }

    /** The citizen account that submitted the dossier; null for a walk-in dossier received at the counter. */
    public String ownerAccount() {
        return channel == Channel.COUNTER ? null : owner;
    }

    /**
     * Whether the result was ready on time, judged against the legal due date (moved by pauses, never by an apology);
     * null while there is no result.
     */
    public Boolean onTime() {
        if (processedAt == null || dueDate == null) {
            return null;
        }
        return !processedAt.atZone(CityClock.ZONE).toLocalDate().isAfter(dueDate);
    }
}
