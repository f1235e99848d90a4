package vn.egov.catalogue.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.agency.Agencies;

/**
 * An administrator publishes new rules for a procedure as a new version, in force from today or a later date. The
 * versions before it never change: dossiers submitted under them keep them.
 */
@Service
public class PublishVersion {

    private final Procedures procedures;
    private final ProcedureStore store;
    private final Agencies agencies;
    private final Clock clock;

    PublishVersion(Procedures procedures, ProcedureStore store, Agencies agencies, Clock clock) {
        this.procedures = procedures;
        this.store = store;
        this.agencies = agencies;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the latest version the administrator read (optimistic lock)
     * @throws ProcedureNotFound unknown code; {@link InvalidProcedure} invalid fields or past date; {@link
     *     ProcedureNotChangeable} stale version or retired
     */
    @Transactional
    public ProcedureVersion publish(
            String code, Integer expectedVersion, LocalDate effectiveFrom, RulesDraft draft, String actor) {
        Procedure head = procedures.lockHead(code).orElseThrow(() -> ProcedureNotFound.of(code));
        head.checkChangeable(expectedVersion);
        ProcedureRules rules = draft.validate(
                draft.agencyCode() == null
                        ? null
                        : agencies.find(draft.agencyCode()).orElse(null));
        ProcedureVersion latest = procedures.latest(code).orElseThrow();
        EffectiveDates.check(effectiveFrom, LocalDate.now(clock), latest.effectiveFrom());
        ProcedureChange.VersionPublished published =
                head.publish(effectiveFrom, rules, actor, OffsetDateTime.now(clock));
        store.save(published);
        return published.version();
    }
}
