package vn.egov.catalogue.procedure;

/**
 * The procedure aggregate's head: its status, the number of its latest version and its aggregate version. The
 * latest version number is also the optimistic-lock token clients send back with a change.
 */
public record Procedure(String code, Status status, int latestVersion, long aggregateVersion) {

    /** Whether new dossiers may be submitted. */
    public enum Status {
        ACTIVE,
        RETIRED
    }

    /**
     * Fails with 409 when the client's view is stale or the procedure is retired.
     *
     * @param expectedVersion the {@code version} the client read, or null when the request carries none
     */
    public void checkChangeable(Integer expectedVersion) {
        if (expectedVersion == null) {
            throw RulesDraft.invalid(java.util.List.of(
                    RulesDraft.error("version", "is required: the latest version you read (optimistic locking)")));
        }
        if (expectedVersion != latestVersion) {
            throw ProcedureNotChangeable.staleVersion(code, latestVersion, expectedVersion);
        }
        if (status == Status.RETIRED) {
            throw ProcedureNotChangeable.retired(code);
        }
    }
}
