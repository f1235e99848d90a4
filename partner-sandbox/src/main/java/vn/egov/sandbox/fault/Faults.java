package vn.egov.sandbox.fault;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/** The fault plans in force, one per channel; safe to use from concurrent requests. */
@Component
public class Faults {

    private final Map<FaultChannel, FaultPlan> plans = new EnumMap<>(FaultChannel.class);

    /** Replaces the plan for a channel. */
    public synchronized void plan(FaultChannel channel, FaultPlan plan) {
        plans.put(channel, plan);
    }

    /** The plans in force. */
    public synchronized Map<FaultChannel, FaultPlan> plans() {
        return Map.copyOf(plans);
    }

    /** Heals every channel. */
    public synchronized void reset() {
        plans.clear();
    }

    /** What the partner behind a channel does to its callbacks now; {@link CallbackFaults#NONE} without a plan. */
    public synchronized CallbackFaults callbackFaults(FaultChannel channel) {
        FaultPlan plan = plans.get(channel);
        return plan == null ? CallbackFaults.NONE : plan.callbacks();
    }

    /** Decides what the next request to a channel suffers, using up one planned failure if any is left. */
    public synchronized Strike strike(FaultChannel channel) {
        FaultPlan plan = plans.get(channel);
        if (plan == null) {
            return Strike.NONE;
        }
        if (plan.failNext() == 0) {
            return new Strike(plan.latencyMs(), OptionalInt.empty());
        }
        plans.put(channel, plan.afterOneFailure());
        return new Strike(plan.latencyMs(), OptionalInt.of(plan.status()));
    }
}
