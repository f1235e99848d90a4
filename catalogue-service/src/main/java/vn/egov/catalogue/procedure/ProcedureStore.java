package vn.egov.catalogue.procedure;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a procedure changes: stores the change the aggregate recorded ({@link ProcedureChange}) and, in the same
 * transaction, its audit entry and its contract event in the outbox; once the transaction commits, this instance's
 * search index is rebuilt ({@link CatalogueChanged}). No use case can change a procedure and forget one of them.
 */
@Component
public class ProcedureStore {

    private final Procedures procedures;
    private final ProcedurePublications publications;
    private final ApplicationEventPublisher events;

    ProcedureStore(Procedures procedures, ProcedurePublications publications, ApplicationEventPublisher events) {
        this.procedures = procedures;
        this.publications = publications;
        this.events = events;
    }

    /**
     * @throws org.springframework.dao.DuplicateKeyException when a procedure is created under a code another
     *     transaction just took
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(ProcedureChange change) {
        long aggregateVersion = write(change);
        procedures.audit(change.code(), change.auditAction(), change.actor(), change.at(), change.auditDetails());
        change.publishTo(publications, aggregateVersion);
        events.publishEvent(new CatalogueChanged(change.code()));
    }

    /** @return the aggregate version after the write */
    private long write(ProcedureChange change) {
        if (change instanceof ProcedureChange.Created created) {
            procedures.create(created.first());
            return 0;
        }
        if (change instanceof ProcedureChange.VersionPublished published) {
            return procedures.addVersion(published.version());
        }
        if (change instanceof ProcedureChange.LevelChanged changed) {
            return procedures.addVersion(changed.version());
        }
        if (change instanceof ProcedureChange.Retired retired) {
            return procedures.retire(retired.code(), retired.at());
        }
        throw new IllegalArgumentException("not a procedure change: " + change);
    }
}
