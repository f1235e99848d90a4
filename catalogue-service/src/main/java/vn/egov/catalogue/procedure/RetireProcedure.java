package vn.egov.catalogue.procedure;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator retires a procedure: it takes no new dossiers; its versions stay readable. */
@Service
public class RetireProcedure {

    private final Procedures procedures;
    private final ProcedureStore store;
    private final Clock clock;

    RetireProcedure(Procedures procedures, ProcedureStore store, Clock clock) {
        this.procedures = procedures;
        this.store = store;
        this.clock = clock;
    }

    /** @throws ProcedureNotFound unknown code; {@link ProcedureNotChangeable} stale version or already retired */
    @Transactional
    public void retire(String code, Integer expectedVersion, String reason, String actor) {
        Procedure head = procedures.lockHead(code).orElseThrow(() -> ProcedureNotFound.of(code));
        head.checkChangeable(expectedVersion);
        store.save(head.retire(reason, actor, OffsetDateTime.now(clock)));
    }
}
