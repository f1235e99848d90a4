package vn.egov.catalogue.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.agency.Agencies;

/** An administrator adds a procedure to the catalogue: its first version, in force from today or a later date. */
@Service
public class CreateProcedure {

    private final Procedures procedures;
    private final ProcedureStore store;
    private final Agencies agencies;
    private final Clock clock;

    CreateProcedure(Procedures procedures, ProcedureStore store, Agencies agencies, Clock clock) {
        this.procedures = procedures;
        this.store = store;
        this.agencies = agencies;
        this.clock = clock;
    }

    /**
     * @param effectiveFrom first day in force, null for today
     * @throws InvalidProcedure naming invalid fields; {@link ProcedureNotChangeable} {@code duplicate-procedure} when the
     *     code exists
     */
    @Transactional
    public ProcedureVersion create(String code, LocalDate effectiveFrom, RulesDraft draft, String actor) {
        if (!ProcedureCode.isValid(code)) {
            throw RulesDraft.invalid(
                    List.of(RulesDraft.error("code", "must be a national procedure code such as 1.001193")));
        }
        ProcedureRules rules = draft.validate(
                draft.agencyCode() == null
                        ? null
                        : agencies.find(draft.agencyCode()).orElse(null));
        LocalDate today = LocalDate.now(clock);
        LocalDate from = effectiveFrom == null ? today : effectiveFrom;
        EffectiveDates.check(from, today, null);
        if (procedures.exists(code)) {
            throw ProcedureNotChangeable.duplicate(code);
        }
        ProcedureChange.Created created = Procedure.create(code, from, rules, actor, OffsetDateTime.now(clock));
        try {
            store.save(created);
        } catch (DuplicateKeyException raced) {
            throw ProcedureNotChangeable.duplicate(code);
        }
        return created.first();
    }
}
