package vn.egov.catalogue.procedure;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A change of a procedure, as the aggregate ({@link Procedure}) records it. {@link ProcedureStore} stores it with
 * everything that follows a change: its audit entry, its contract event in the outbox and the refresh of this
 * service's search index.
 */
public sealed interface ProcedureChange {

    String code();

    /** Who made the change (the token's subject). */
    String actor();

    OffsetDateTime at();

    /** The audit trail's name for the change. */
    String auditAction();

    /** What the audit trail keeps of the change. */
    Map<String, Object> auditDetails();

    /** Hands the change to {@code publications}, with the aggregate version its write gave the procedure. */
    void publishTo(ProcedurePublications publications, long aggregateVersion);

    /** A new procedure with its first version. */
    record Created(ProcedureVersion first) implements ProcedureChange {

        public Created {
            Objects.requireNonNull(first, "first");
            if (first.version() != 1) {
                throw new IllegalArgumentException("a procedure starts at version 1");
            }
        }

        @Override
        public String code() {
            return first.code();
        }

        @Override
        public String actor() {
            return first.publishedBy();
        }

        @Override
        public OffsetDateTime at() {
            return first.publishedAt();
        }

        @Override
        public String auditAction() {
            return "CREATED";
        }

        @Override
        public Map<String, Object> auditDetails() {
            return Map.of(
                    "version",
                    first.version(),
                    "effectiveFrom",
                    first.effectiveFrom().toString());
        }

        @Override
        public void publishTo(ProcedurePublications publications, long aggregateVersion) {
            publications.published(first, aggregateVersion);
        }
    }

    /** New rules, as the procedure's next version. */
    record VersionPublished(ProcedureVersion version) implements ProcedureChange {

        public VersionPublished {
            Objects.requireNonNull(version, "version");
        }

        @Override
        public String code() {
            return version.code();
        }

        @Override
        public String actor() {
            return version.publishedBy();
        }

        @Override
        public OffsetDateTime at() {
            return version.publishedAt();
        }

        @Override
        public String auditAction() {
            return "VERSION_PUBLISHED";
        }

        @Override
        public Map<String, Object> auditDetails() {
            return Map.of(
                    "version",
                    version.version(),
                    "effectiveFrom",
                    version.effectiveFrom().toString());
        }

        @Override
        public void publishTo(ProcedurePublications publications, long aggregateVersion) {
            publications.published(version, aggregateVersion);
        }
    }

    /**
     * The procedure takes no new dossiers.
     *
     * @param lastVersion the latest version when it was retired
     * @param reason the administrator's; null when none was given
     */
    record Retired(String code, int lastVersion, String reason, String actor, OffsetDateTime at)
            implements ProcedureChange {

        public Retired {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String auditAction() {
            return "RETIRED";
        }

        @Override
        public Map<String, Object> auditDetails() {
            return Map.of("version", lastVersion, "reason", reason == null ? "" : reason);
        }

        @Override
        public void publishTo(ProcedurePublications publications, long aggregateVersion) {
            publications.retired(code, lastVersion, at, aggregateVersion);
        }
    }

    /**
     * The service level changed, as the procedure's next version.
     *
     * @param forced raised against the promotion rules
     * @param justification why it was forced; kept only when it was
     */
    record LevelChanged(ProcedureVersion version, int previousLevel, boolean forced, String justification)
            implements ProcedureChange {

        public LevelChanged {
            Objects.requireNonNull(version, "version");
            if (forced && (justification == null || justification.isBlank())) {
                throw new IllegalArgumentException("a forced level change is justified");
            }
        }

        @Override
        public String code() {
            return version.code();
        }

        @Override
        public String actor() {
            return version.publishedBy();
        }

        @Override
        public OffsetDateTime at() {
            return version.publishedAt();
        }

        @Override
        public String auditAction() {
            return "LEVEL_CHANGED";
        }

        @Override
        public Map<String, Object> auditDetails() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("version", version.version());
            details.put("from", previousLevel);
            details.put("to", version.rules().serviceLevel());
            details.put("forced", forced);
            if (forced) {
                details.put("justification", justification.strip());
            }
            return details;
        }

        @Override
        public void publishTo(ProcedurePublications publications, long aggregateVersion) {
            publications.levelChanged(version, previousLevel, forced, aggregateVersion);
        }
    }
}
