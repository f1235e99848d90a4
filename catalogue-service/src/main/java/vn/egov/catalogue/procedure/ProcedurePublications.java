package vn.egov.catalogue.procedure;

/**
 * Where procedure changes are announced to other services. Called inside the transaction of the change; the
 * implementation writes contract events to the outbox.
 */
public interface ProcedurePublications {

    void published(ProcedureVersion version, long aggregateVersion);

    void retired(String code, int lastVersion, java.time.OffsetDateTime at, long aggregateVersion);

    void levelChanged(ProcedureVersion version, int previousLevel, boolean forced, long aggregateVersion);
}
