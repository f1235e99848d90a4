package vn.egov.catalogue.procedure;

import java.time.OffsetDateTime;

/**
 * Where procedure changes are announced to other services. Called by {@link ProcedureStore} only, inside the
 * transaction of the change; the implementation writes contract events to the outbox.
 */
public interface ProcedurePublications {

    void published(ProcedureVersion version, long aggregateVersion);

    void retired(String code, int lastVersion, OffsetDateTime at, long aggregateVersion);

    void levelChanged(ProcedureVersion version, int previousLevel, boolean forced, long aggregateVersion);
}
