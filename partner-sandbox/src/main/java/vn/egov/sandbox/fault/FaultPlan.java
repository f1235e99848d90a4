package vn.egov.sandbox.fault;

import java.util.Objects;

/**
 * What a channel should suffer.
 *
 * @param failNext how many of the next requests fail (counted down as they fail)
 * @param status the HTTP status those failures answer with, 400 to 599
 * @param latencyMs delay added to every request to the channel until the faults are reset, 0 to 60 000
 * @param callbacks what goes wrong with the partner's callbacks, for channels that send them
 */
public record FaultPlan(int failNext, int status, long latencyMs, CallbackFaults callbacks) {

    public static final int DEFAULT_STATUS = 503;
    public static final long MAX_LATENCY_MS = 60_000;

    public FaultPlan {
        if (failNext < 0) {
            throw new IllegalArgumentException("failNext must not be negative");
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP error status (400-599)");
        }
        if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("latencyMs must be between 0 and " + MAX_LATENCY_MS);
        }
        Objects.requireNonNull(callbacks, "callbacks");
    }

    /** A plan for the requests only, callbacks unharmed. */
    public FaultPlan(int failNext, int status, long latencyMs) {
        this(failNext, status, latencyMs, CallbackFaults.NONE);
    }

    FaultPlan afterOneFailure() {
        return new FaultPlan(failNext - 1, status, latencyMs, callbacks);
    }
}
