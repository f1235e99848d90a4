package vn.egov.catalogue.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
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
    private final Agencies agencies;
    private final ProcedurePublications publications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishVersion(
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
        OffsetDateTime now = OffsetDateTime.now(clock);
        ProcedureVersion next = new ProcedureVersion(code, head.latestVersion() + 1, effectiveFrom, rules, now, actor);
        long aggregateVersion = procedures.addVersion(next);
        procedures.audit(
                code,
                "VERSION_PUBLISHED",
                actor,
                now,
                Map.of("version", next.version(), "effectiveFrom", effectiveFrom.toString()));
        publications.published(next, aggregateVersion);
        events.publishEvent(new CatalogueChanged(code));
        return next;
    }
}
