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

/**
 * One stretch during which a dossier's legal clock stood still, and the working days it cost, by which the due date
 * moved. A pause that ended with the dossier itself (withdrawn, stopped) has an end but no working days: the clock never
 * resumed.
 */
@Entity
@Table(name = "dossier_pause")
public class ClockPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    private PauseReason reason;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "working_days")
    private Integer workingDays;

    protected ClockPause() {}

    ClockPause(PauseReason reason, Instant startedAt) {
        this.reason = reason;
        this.startedAt = startedAt;
    }

    void resume(Instant at, int days) {
        this.endedAt = at;
        this.workingDays = days;
    }

    void endWithoutResuming(Instant at) {
        this.endedAt = at;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public PauseReason reason() {
        return reason;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Null while the pause lasts. */
    public Instant endedAt() {
        return endedAt;
    }

    /** Working days the due date moved by; null while the pause lasts or when the clock never resumed. */
    public Integer workingDays() {
        return workingDays;
    }
}
