package vn.egov.sandbox.fault.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.egov.sandbox.fault.CallbackFaults;
import vn.egov.sandbox.fault.CallbackTiming;
import vn.egov.sandbox.fault.FaultPlan;

/**
 * Body of {@code PUT /sandbox/faults/{channel}}; absent fields mean no failures, status 503, no latency, callbacks
 * unharmed.
 *
 * @param failNext how many of the next requests fail
 * @param status the HTTP status they fail with
 * @param latencyMs delay added to every request until the faults are reset
 * @param callbacks what goes wrong with the partner's callbacks (MoMo and VietinBank only)
 */
record FaultRequest(
        @Min(0) Integer failNext,
        @Min(400) @Max(599) Integer status,
        @Min(0) @Max(FaultPlan.MAX_LATENCY_MS) Long latencyMs,
        @Valid Callbacks callbacks) {

    FaultPlan toPlan() {
        return new FaultPlan(
                failNext == null ? 0 : failNext,
                status == null ? FaultPlan.DEFAULT_STATUS : status,
                latencyMs == null ? 0 : latencyMs,
                callbacks == null ? CallbackFaults.NONE : callbacks.toFaults());
    }

    /**
     * The callback part; absent fields mean one copy, before the redirect, no delay, the true amount, a true
     * signature.
     */
    record Callbacks(
            @Min(1) @Max(CallbackFaults.MAX_COPIES) Integer copies,
            CallbackTiming timing,
            @Min(0) @Max(CallbackFaults.MAX_DELAY_MS) Long delayMs,
            Long amountDelta,
            Boolean forgedSignature) {

        CallbackFaults toFaults() {
            return new CallbackFaults(
                    copies == null ? 1 : copies,
                    timing == null ? CallbackTiming.BEFORE_REDIRECT : timing,
                    delayMs == null ? 0 : delayMs,
                    amountDelta == null ? 0 : amountDelta,
                    Boolean.TRUE.equals(forgedSignature));
        }
    }
}
