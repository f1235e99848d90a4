package vn.egov.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private final Faults faults = new Faults();

    @Test
    void failsExactlyTheNextNRequestsOfTheChannelThenLetsThemThrough() {
        faults.plan(FaultChannel.SMS, new FaultPlan(2, 503, 0));

        assertThat(faults.strike(FaultChannel.SMS).failureStatus()).isEqualTo(OptionalInt.of(503));
        assertThat(faults.strike(FaultChannel.SMS).failureStatus()).isEqualTo(OptionalInt.of(503));
        assertThat(faults.strike(FaultChannel.SMS).failureStatus()).isEmpty();
    }

    @Test
    void leavesOtherChannelsAlone() {
        faults.plan(FaultChannel.SMS, new FaultPlan(1, 500, 0));

        assertThat(faults.strike(FaultChannel.ZALO)).isEqualTo(new Strike(0, OptionalInt.empty()));
    }

    @Test
    void slowsEveryRequestUntilReset() {
        faults.plan(FaultChannel.ZALO, new FaultPlan(0, 503, 1500));

        assertThat(faults.strike(FaultChannel.ZALO).latencyMs()).isEqualTo(1500);
        assertThat(faults.strike(FaultChannel.ZALO).latencyMs()).isEqualTo(1500);
        faults.reset();
        assertThat(faults.strike(FaultChannel.ZALO).latencyMs()).isZero();
    }

    @Test
    void replacesThePlanOfAChannel() {
        faults.plan(FaultChannel.SMS, new FaultPlan(5, 503, 0));
        faults.plan(FaultChannel.SMS, new FaultPlan(1, 429, 0));

        assertThat(faults.strike(FaultChannel.SMS).failureStatus()).isEqualTo(OptionalInt.of(429));
        assertThat(faults.plans().get(FaultChannel.SMS).failNext()).isZero();
    }

    @Test
    void refusesPlansThatAreNotFaults() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FaultPlan(-1, 503, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new FaultPlan(1, 200, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new FaultPlan(1, 503, 60_001));
    }

    @Test
    void keepsCallbackFaultsUntilReset() {
        CallbackFaults duplicatesLate = new CallbackFaults(3, CallbackTiming.AFTER_REDIRECT, 2000, -1000, true);
        faults.plan(FaultChannel.MOMO, new FaultPlan(0, 503, 0, duplicatesLate));

        assertThat(faults.callbackFaults(FaultChannel.MOMO)).isEqualTo(duplicatesLate);
        assertThat(faults.callbackFaults(FaultChannel.VIETINBANK)).isEqualTo(CallbackFaults.NONE);
        faults.reset();
        assertThat(faults.callbackFaults(FaultChannel.MOMO)).isEqualTo(CallbackFaults.NONE);
    }

    @Test
    void deliversACallbackBeforeTheRedirectOnlyWhenItIsNeitherLateNorPlannedAfter() {
        assertThat(CallbackFaults.NONE.deliveredBeforeRedirect()).isTrue();
        assertThat(new CallbackFaults(2, CallbackTiming.BEFORE_REDIRECT, 0, 0, false).deliveredBeforeRedirect())
                .isTrue();
        assertThat(new CallbackFaults(1, CallbackTiming.BEFORE_REDIRECT, 500, 0, false).deliveredBeforeRedirect())
                .isFalse();
        assertThat(new CallbackFaults(1, CallbackTiming.AFTER_REDIRECT, 0, 0, false).deliveredBeforeRedirect())
                .isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CallbackFaults(0, CallbackTiming.BEFORE_REDIRECT, 0, 0, false));
    }

    @Test
    void readsChannelNamesAsUsedInUrls() {
        assertThat(FaultChannel.parse("momo")).contains(FaultChannel.MOMO);
        assertThat(FaultChannel.parse("NAPAS")).contains(FaultChannel.NAPAS);
        assertThat(FaultChannel.parse("vietqr")).contains(FaultChannel.VIETINBANK);
        assertThat(FaultChannel.parse("sms")).contains(FaultChannel.SMS);
        assertThat(FaultChannel.parse("ZALO")).contains(FaultChannel.ZALO);
        assertThat(FaultChannel.parse("zns")).contains(FaultChannel.ZALO);
        assertThat(FaultChannel.parse("email")).isEmpty();
    }
}
