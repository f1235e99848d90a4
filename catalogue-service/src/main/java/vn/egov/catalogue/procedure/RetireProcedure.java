package vn.egov.catalogue.procedure;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator retires a procedure: it takes no new dossiers; its versions stay readable. */
@Service
public class RetireProcedure {

    private final Procedures procedures;
    private final ProcedurePublications publications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetireProcedure(
            Procedures procedures, ProcedurePublications publications, ApplicationEventPublisher events, Clock clock) {
        this.procedures = procedures;
        this.publications = publications;
        this.events = events;
        this.clock = clock;
    }

    /** @throws ProcedureNotFound unknown code; {@link ProcedureNotChangeable} stale version or already retired */
    @Transactional
    public void retire(String code, Integer expectedVersion, String reason, String actor) {
        Procedure head = procedures.lockHead(code).orElseThrow(() -> ProcedureNotFound.of(code));
        head.checkChangeable(expectedVersion);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long aggregateVersion = procedures.retire(code, now);
        procedures.audit(
                code,
                "RETIRED",
                actor,
                now,
                Map.of("version", head.latestVersion(), "reason", reason == null ? "" : reason));
        publications.retired(code, head.latestVersion(), now, aggregateVersion);
        events.publishEvent(new CatalogueChanged(code));
    }
}
