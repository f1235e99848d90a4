package vn.egov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecoveryTest {

    private static final Duration WINDOW = Duration.ofSeconds(3);

    /** One attempt sent every 100 ms from {@code from} to {@code to} (ms), failing where {@code failing} says. */
    private static List<Attempt> steady(long from, long to, java.util.function.LongPredicate failing) {
        List<Attempt> attempts = new ArrayList<>();
        for (long t = from; t < to; t += 100) {
            boolean ok = !failing.test(t);
            attempts.add(new Attempt(Attempt.Kind.SUBMISSION, "k" + t, 1, t, t + 20, ok ? 201 : 503, ok, null));
        }
        return attempts;
    }

    @Nested
    class Clients {

        @Test
        void isZeroWhenNothingFailsAfterTheFault() {
            List<Attempt> attempts = steady(0, 20_000, t -> t >= 5_000 && t < 8_000);

            assertThat(Recovery.afterFault(attempts, 8_000, WINDOW)).contains(Duration.ZERO);
        }

        @Test
        void endsAfterTheLastErrorFollowedByAWholeErrorFreeWindow() {
            // Errors until 10.5 s, then one more lone error at 12 s: steady only after that one.
            List<Attempt> attempts = steady(0, 30_000, t -> (t >= 5_000 && t <= 10_500) || t == 12_000);

            assertThat(Recovery.afterFault(attempts, 8_000, WINDOW)).contains(Duration.ofMillis(4_001));
        }

        @Test
        void isUnknownWhenTheLoadEndsBeforeAnErrorFreeWindow() {
            List<Attempt> attempts = steady(0, 10_000, t -> t >= 5_000 && t < 9_000);

            assertThat(Recovery.afterFault(attempts, 6_000, WINDOW)).isEmpty();
        }

        @Test
        void ignoresErrorsOfAttemptsSentBeforeTheFaultEnded() {
            List<Attempt> attempts = new ArrayList<>(steady(0, 20_000, t -> false));
            // Sent during the fault, answered (with an error) after it ended.
            attempts.add(new Attempt(Attempt.Kind.CALLBACK, "late", 1, 7_900, 15_000, 0, false, null));

            assertThat(Recovery.afterFault(attempts, 8_000, WINDOW)).contains(Duration.ZERO);
        }
    }

    @Nested
    class Backlog {

        @Test
        void isTheFirstSampleAfterTheFaultWithOnlyYoungWork() {
            List<FaultsBenchmark.BacklogSample> samples = List.of(
                    new FaultsBenchmark.BacklogSample(1_000, 0.5),
                    new FaultsBenchmark.BacklogSample(9_000, Double.POSITIVE_INFINITY),
                    new FaultsBenchmark.BacklogSample(10_000, 12.0),
                    new FaultsBenchmark.BacklogSample(11_000, 4.0),
                    new FaultsBenchmark.BacklogSample(12_000, 1.0));

            assertThat(Recovery.backlogClear(samples, 8_000, Duration.ofSeconds(5)))
                    .contains(Duration.ofMillis(3_000));
        }

        @Test
        void isUnknownWhileTheBacklogStaysOld() {
            List<FaultsBenchmark.BacklogSample> samples = List.of(new FaultsBenchmark.BacklogSample(9_000, 30.0));

            assertThat(Recovery.backlogClear(samples, 8_000, Duration.ofSeconds(5)))
                    .isEqualTo(Optional.empty());
        }
    }
}
