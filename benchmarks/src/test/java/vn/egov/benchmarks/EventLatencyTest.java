package vn.egov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventLatencyTest {

    static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    /** Dossiers D1..Dn committed at T0 and arriving 1..n ms later. */
    static EventLatency steps(int n) {
        Map<String, Instant> committed = new HashMap<>();
        Map<String, Instant> arrived = new HashMap<>();
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 1; i <= n; i++) {
            codes.add("D" + i);
            committed.put("D" + i, T0);
            arrived.put("D" + i, T0.plusMillis(i));
        }
        return EventLatency.match("SMS", codes, committed, arrived);
    }

    @Nested
    class Matching {

        @Test
        void measuresFromCommitToArrivalOfTheSameDossier() {
            EventLatency latency = EventLatency.match(
                    "SMS",
                    List.of("A", "B"),
                    Map.of("A", T0, "B", T0.plusMillis(10)),
                    Map.of("B", T0.plusMillis(15), "A", T0.plusNanos(2_500_000)));

            assertThat(latency.millis()).containsExactly(2.5, 5.0);
            assertThat(latency.unmatched()).isZero();
        }

        @Test
        void countsADossierWithoutArrivalOrCommitTimeAsUnmatched() {
            EventLatency latency = EventLatency.match(
                    "ministry",
                    List.of("A", "B", "C"),
                    Map.of("A", T0, "B", T0),
                    Map.of("A", T0.plusMillis(3), "C", T0.plusMillis(4), "X", T0.plusMillis(1)));

            assertThat(latency.expected()).isEqualTo(3);
            assertThat(latency.matched()).isEqualTo(1);
            assertThat(latency.unmatched()).isEqualTo(2);
            assertThat(latency.millis()).containsExactly(3.0);
        }

        @Test
        void missesTheTargetWhenADossierIsUnmatchedHoweverFastTheOthers() {
            EventLatency latency =
                    EventLatency.match("SMS", List.of("A", "B"), Map.of("A", T0, "B", T0), Map.of("A", T0));

            assertThat(latency.percentile(99)).isEqualTo(0.0);
            assertThat(latency.meets(250)).isFalse();
        }
    }

    @Nested
    class Percentiles {

        @Test
        void takesTheNearestRank() {
            EventLatency latency = steps(200);

            assertThat(latency.percentile(50)).isEqualTo(100.0);
            assertThat(latency.percentile(90)).isEqualTo(180.0);
            assertThat(latency.percentile(99)).isEqualTo(198.0);
            assertThat(latency.max()).isEqualTo(200.0);
        }

        @Test
        void ofOneLatencyIsThatLatency() {
            EventLatency latency = steps(1);

            assertThat(latency.percentile(50)).isEqualTo(1.0);
            assertThat(latency.percentile(99)).isEqualTo(1.0);
        }

        @Test
        void areUnknownWhenNothingMatched() {
            EventLatency latency = EventLatency.match("SMS", List.of("A"), Map.of(), Map.of());

            assertThat(latency.percentile(99)).isNaN();
            assertThat(latency.meets(250)).isFalse();
        }

        @Test
        void meetTheTargetWhenP99IsAtMostIt() {
            assertThat(steps(200).meets(198)).isTrue();
            assertThat(steps(200).meets(197.9)).isFalse();
        }
    }
}
