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
    void readsChannelNamesAsUsedInUrls() {
        assertThat(FaultChannel.parse("sms")).contains(FaultChannel.SMS);
        assertThat(FaultChannel.parse("ZALO")).contains(FaultChannel.ZALO);
        assertThat(FaultChannel.parse("zns")).contains(FaultChannel.ZALO);
        assertThat(FaultChannel.parse("email")).isEmpty();
    }
}
