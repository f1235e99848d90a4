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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dossier (hồ sơ): one application by one applicant under one procedure version. Its status changes only through the
 * transition methods, each of which checks the current status, throws {@link IllegalTransition} when the move is not
 * allowed, and appends a {@link HistoryEntry}. The {@code @Version} makes concurrent transitions fail rather than
 * overwrite each other.
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

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false)
    @OrderBy("id")
    private List<HistoryEntry> history = new ArrayList<>();

    protected Dossier() {}

    /**
     * A dossier just submitted online by its owner: {@code NEW}, with the first history entry.
     *
     * @param form the procedure's form fields as JSON
     * @param documents the uploaded document references as JSON
     */
    public static Dossier submittedOnline(
            DossierCode code,
            String owner,
            Applicant applicant,
            ProcedureSnapshot procedure,
            Delivery delivery,
            Set<NotifyChannel> notify,
            String form,
            String documents,
            Instant at) {
        if (notify.isEmpty()) {
            throw new IllegalArgumentException("an applicant is notified on at least one channel");
        }
        Dossier dossier = new Dossier();
        dossier.code = code.value();
        dossier.owner = Objects.requireNonNull(owner, "owner");
        dossier.applicant = Objects.requireNonNull(applicant, "applicant");
        dossier.procedure = Objects.requireNonNull(procedure, "procedure");
        dossier.channel = Channel.ONLINE;
        dossier.delivery = Objects.requireNonNull(delivery, "delivery");
        dossier.notify = EnumSet.copyOf(notify).stream().map(Enum::name).collect(Collectors.joining(","));
        dossier.form = Objects.requireNonNull(form, "form");
        dossier.documents = Objects.requireNonNull(documents, "documents");
        dossier.status = DossierStatus.NEW;
        dossier.submittedAt = at;
        dossier.updatedAt = at;
        dossier.history.add(new HistoryEntry(owner, "CITIZEN", at, null, DossierStatus.NEW, null));
        return dossier;
    }

    /** The one-stop shop accepts a valid dossier; the legal clock starts and the due date is fixed. */
    public void accept(Actor officer, Instant at, LocalDate dueDate) {
        move(EnumSet.of(DossierStatus.NEW), DossierStatus.ACCEPTED, officer, at, null);
        this.acceptedAt = at;
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
    }

    /** The one-stop shop refuses to receive the dossier, saying why. */
    public void refuse(Actor officer, Instant at, String reason) {
        move(EnumSet.of(DossierStatus.NEW), DossierStatus.NOT_ACCEPTED, officer, at, required(reason));
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
    }

    /** The applicant supplied what was asked; the dossier goes back to where it was. */
    public void supplement(Actor owner, Instant at) {
        DossierStatus back = resumeStatus;
        move(EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED), back, owner, at, null);
        resumeStatus = null;
    }

    public void startProcessing(Actor officer, Instant at) {
        move(EnumSet.of(DossierStatus.ACCEPTED), DossierStatus.IN_PROCESSING, officer, at, null);
    }

    /** A fee or other financial obligation must be paid before processing goes on. */
    public void requestPayment(Actor officer, Instant at) {
        move(EnumSet.of(DossierStatus.IN_PROCESSING), DossierStatus.AWAITING_PAYMENT, officer, at, null);
        resumeStatus = DossierStatus.IN_PROCESSING;
    }

    /** The result is ready. */
    public void approve(Actor officer, Instant at) {
        move(EnumSet.of(DossierStatus.IN_PROCESSING), DossierStatus.PROCESSED, officer, at, null);
    }

    public void returnResult(Actor officer, Instant at) {
        move(EnumSet.of(DossierStatus.PROCESSED), DossierStatus.RESULT_RETURNED, officer, at, null);
    }

    /** The applicant withdraws a dossier that is still open. */
    public void withdraw(Actor owner, Instant at, String reason) {
        move(OPEN, DossierStatus.WITHDRAWN, owner, at, reason);
    }

    /** The agency stops processing (e.g. the applicant never supplied what was missing), saying why. */
    public void stop(Actor officer, Instant at, String reason) {
        Set<DossierStatus> from = EnumSet.copyOf(OPEN);
        from.remove(DossierStatus.NEW);
        move(from, DossierStatus.STOPPED, officer, at, required(reason));
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

    /** The newest history entry: the transition that led to the current status. */
    public HistoryEntry lastTransition() {
        return history.get(history.size() - 1);
    }
}
