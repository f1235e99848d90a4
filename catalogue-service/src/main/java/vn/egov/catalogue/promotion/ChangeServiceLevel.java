package vn.egov.catalogue.promotion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.procedure.Procedure;
import vn.egov.catalogue.procedure.ProcedureChange;
import vn.egov.catalogue.procedure.ProcedureNotFound;
import vn.egov.catalogue.procedure.ProcedureStore;
import vn.egov.catalogue.procedure.ProcedureVersion;
import vn.egov.catalogue.procedure.Procedures;
import vn.egov.catalogue.procedure.RulesDraft;

/**
 * An administrator changes a procedure's online level, as a new version of its rules. Raising it against the
 * promotion rules is refused with the reason, unless forced with a justification, which the audit trail keeps.
 */
@Service
public class ChangeServiceLevel {

    private final Procedures procedures;
    private final ProcedureStore store;
    private final CheckEligibility eligibility;
    private final Clock clock;

    ChangeServiceLevel(Procedures procedures, ProcedureStore store, CheckEligibility eligibility, Clock clock) {
        this.procedures = procedures;
        this.store = store;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** What the administrator asks for; {@code effectiveFrom} null means as soon as possible. */
    public record LevelChange(
            Integer version, Integer serviceLevel, LocalDate effectiveFrom, Boolean force, String justification) {}

    /**
     * @throws ProcedureNotFound unknown code; {@code InvalidProcedure} invalid level, date or missing justification;
     *     {@code ProcedureNotChangeable} stale version or retired; {@link PromotionRuleNotMet} without {@code force}
     */
    @Transactional
    public ProcedureVersion change(String code, LevelChange change, String actor) {
        Procedure head = procedures.lockHead(code).orElseThrow(() -> ProcedureNotFound.of(code));
        head.checkChangeable(change.version());
        if (change.serviceLevel() == null || change.serviceLevel() < 1 || change.serviceLevel() > 4) {
            throw RulesDraft.invalid(List.of(RulesDraft.error("serviceLevel", "must be 1, 2, 3 or 4")));
        }
        int level = change.serviceLevel();
        ProcedureVersion latest = procedures.latest(code).orElseThrow();
        int previous = latest.rules().serviceLevel();
        if (level == previous) {
            throw RulesDraft.invalid(List.of(RulesDraft.error("serviceLevel", "is already " + level)));
        }
        boolean forced = false;
        Eligibility rules = eligibility.check(code);
        if (!rules.allows(level)) {
            if (!Boolean.TRUE.equals(change.force())) {
                throw new PromotionRuleNotMet(code, level, rules);
            }
            if (change.justification() == null || change.justification().isBlank()) {
                throw RulesDraft.invalid(List.of(
                        RulesDraft.error("justification", "is required to raise a level against the promotion rules")));
            }
            forced = true;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = change.effectiveFrom() != null
                ? change.effectiveFrom()
                : (latest.effectiveFrom().isAfter(today) ? latest.effectiveFrom() : today);
        if (from.isBefore(today) || from.isBefore(latest.effectiveFrom())) {
            throw RulesDraft.invalid(List.of(RulesDraft.error(
                    "effectiveFrom", "must be today or later, and not before the latest version's date")));
        }
        ProcedureChange.LevelChanged changed =
                head.changeLevel(latest, level, from, forced, change.justification(), actor, OffsetDateTime.now(clock));
        store.save(changed);
        return changed.version();
    }
}
