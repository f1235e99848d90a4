package vn.egov.catalogue.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.agency.Agencies;

/** An administrator adds a procedure to the catalogue: its first version, in force from today or a later date. */
@Service
public class CreateProcedure {

    private final Procedures procedures;
    private final Agencies agencies;
    private final ProcedurePublications publications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CreateProcedure(
            Procedures procedures,
            Agencies agencies,
            ProcedurePublications publications,
            ApplicationEventPublisher events,
            Clock clock) {
        this.procedures = procedures;
        this.agencies = agencies;
        this.publications = publications;
        this.events = events;
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
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProcedureVersion first = new ProcedureVersion(code, 1, from, rules, now, actor);
        try {
            procedures.create(first);
        } catch (DuplicateKeyException raced) {
            throw ProcedureNotChangeable.duplicate(code);
        }
        procedures.audit(code, "CREATED", actor, now, Map.of("version", 1, "effectiveFrom", from.toString()));
        publications.published(first, 0);
        events.publishEvent(new CatalogueChanged(code));
        return first;
    }
}
