package vn.egov.sandbox.fault.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.egov.sandbox.fault.FaultPlan;

/**
 * Body of {@code PUT /sandbox/faults/{channel}}; absent fields mean no failures, status 503, no latency.
 *
 * @param failNext how many of the next requests fail
 * @param status the HTTP status they fail with
 * @param latencyMs delay added to every request until the faults are reset
 */
record FaultRequest(
        @Min(0) Integer failNext,
        @Min(400) @Max(599) Integer status,
        @Min(0) @Max(FaultPlan.MAX_LATENCY_MS) Long latencyMs) {

    FaultPlan toPlan() {
        return new FaultPlan(
                failNext == null ? 0 : failNext,
                status == null ? FaultPlan.DEFAULT_STATUS : status,
                latencyMs == null ? 0 : latencyMs);
    }
}
