package vn.egov.dossier.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited transition of a dossier: who, in which role, when, from which status to which, and why. */
@Entity
@Table(name = "dossier_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "actor")
    private String actor;

    @Column(name = "actor_role")
    private String role;

    @Column(name = "at")
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private DossierStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private DossierStatus to;

    @Column(name = "reason")
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private HistoryKind kind = HistoryKind.TRANSITION;

    protected HistoryEntry() {}

    HistoryEntry(String actor, String role, Instant at, DossierStatus from, DossierStatus to, String reason) {
        this.actor = actor;
        this.role = role;
        this.at = at;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    /** An audited fact that does not change the status ({@code from} = {@code to}). */
    static HistoryEntry note(HistoryKind kind, Actor actor, Instant at, DossierStatus status, String reason) {
        HistoryEntry entry = new HistoryEntry(actor.subject(), actor.role(), at, status, status, reason);
        entry.kind = kind;
        return entry;
    }

    public HistoryKind kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public String role() {
        return role;
    }

    public Instant at() {
        return at;
    }

    /** Null for the entry of the submission. */
    public DossierStatus from() {
        return from;
    }

    public DossierStatus to() {
        return to;
    }

    public String reason() {
        return reason;
    }
}
