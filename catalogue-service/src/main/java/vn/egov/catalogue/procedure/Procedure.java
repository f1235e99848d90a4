package vn.egov.catalogue.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The procedure aggregate's head: its status, the number of its latest version and its aggregate version. The
 * latest version number is also the optimistic-lock token clients send back with a change.
 *
 * <p>Its changes are recorded as {@link ProcedureChange}s, numbered from the head the change was decided on, and
 * stored by {@link ProcedureStore}.
 */
public record Procedure(String code, Status status, int latestVersion, long aggregateVersion) {

    /** Whether new dossiers may be submitted. */
    public enum Status {
        ACTIVE,
        RETIRED
    }

    /** A new procedure, its first version in force from {@code effectiveFrom}. */
    public static ProcedureChange.Created create(
            String code, LocalDate effectiveFrom, ProcedureRules rules, String actor, OffsetDateTime at) {
        return new ProcedureChange.Created(new ProcedureVersion(code, 1, effectiveFrom, rules, at, actor));
    }

    /**
     * Fails with 409 when the client's view is stale or the procedure is retired.
     *
     * @param expectedVersion the {@code version} the client read, or null when the request carries none
     */
    public void checkChangeable(Integer expectedVersion) {
        if (expectedVersion == null) {
            throw RulesDraft.invalid(List.of(
                    RulesDraft.error("version", "is required: the latest version you read (optimistic locking)")));
        }
        if (expectedVersion != latestVersion) {
            throw ProcedureNotChangeable.staleVersion(code, latestVersion, expectedVersion);
        }
        if (status == Status.RETIRED) {
            throw ProcedureNotChangeable.retired(code);
        }
    }

    /** New rules as the next version, in force from {@code effectiveFrom}. */
    public ProcedureChange.VersionPublished publish(
            LocalDate effectiveFrom, ProcedureRules rules, String actor, OffsetDateTime at) {
        return new ProcedureChange.VersionPublished(next(effectiveFrom, rules, actor, at));
    }

    /**
     * The rules of {@code latest} at service level {@code level}, as the next version.
     *
     * @param forced raised against the promotion rules
     * @param justification why; kept only when forced
     */
    public ProcedureChange.LevelChanged changeLevel(
            ProcedureVersion latest,
            int level,
            LocalDate effectiveFrom,
            boolean forced,
            String justification,
            String actor,
            OffsetDateTime at) {
        if (!latest.code().equals(code) || latest.version() != latestVersion) {
            throw new IllegalArgumentException("version " + latest.version() + " of " + latest.code()
                    + " is not the latest of " + code + " (" + latestVersion + ")");
        }
        return new ProcedureChange.LevelChanged(
                next(effectiveFrom, latest.rules().atLevel(level), actor, at),
                latest.rules().serviceLevel(),
                forced,
                justification);
    }

    /** The procedure takes no new dossiers; its versions stay readable. */
    public ProcedureChange.Retired retire(String reason, String actor, OffsetDateTime at) {
        return new ProcedureChange.Retired(code, latestVersion, reason, actor, at);
    }

    private ProcedureVersion next(LocalDate effectiveFrom, ProcedureRules rules, String actor, OffsetDateTime at) {
        return new ProcedureVersion(code, latestVersion + 1, effectiveFrom, rules, at, actor);
    }
}
