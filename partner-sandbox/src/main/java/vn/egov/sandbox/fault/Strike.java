package vn.egov.sandbox.fault;

import java.util.OptionalInt;

/**
 * What one request to a faulty channel suffers.
 *
 * @param latencyMs how long to hold the request first
 * @param failureStatus the HTTP status to fail it with, or empty to let it through
 */
public record Strike(long latencyMs, OptionalInt failureStatus) {

    static final Strike NONE = new Strike(0, OptionalInt.empty());
}
