package vn.egov.identity.user;

import java.time.Instant;

/**
 * One line of an account's audit trail.
 *
 * @param actor the administrator's user name, {@code system} for seeding and lock-outs, or the account itself
 * @param correlationId the {@code X-Correlation-Id} of the request that did it
 */
public record AuditEntry(
        String username, AuditAction action, String actor, String detail, String correlationId, Instant occurredAt) {}
