package vn.egov.benchmarks;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Recovery time after a fault, from what the clients saw: the time from the end of the fault (process restarted,
 * broker or database started again, partner healthy again) to the first moment from which every attempt sent during
 * a whole {@code window} succeeded. Attempts are placed by when they were sent.
 */
final class Recovery {

    private Recovery() {}

    /**
     * @param attempts every attempt of the scenario, in any order
     * @param faultEndMillis when the fault ended (epoch milliseconds)
     * @param window how long the clients must see no error
     * @return the recovery time, zero if no error was seen after the fault ended; empty when the clients never saw a
     *     whole error-free window after it (the load ended first)
     */
    static Optional<Duration> afterFault(List<Attempt> attempts, long faultEndMillis, Duration window) {
        List<Attempt> after = attempts.stream()
                .filter(a -> a.startMillis() >= faultEndMillis)
                .sorted(Comparator.comparingLong(Attempt::startMillis))
                .toList();
        if (after.isEmpty()) {
            return Optional.empty();
        }
        long lastSent = after.get(after.size() - 1).startMillis();
        // A candidate start is the fault's end or the send time just after an error.
        long candidate = faultEndMillis;
        for (Attempt a : after) {
            if (a.startMillis() - candidate >= window.toMillis()) {
                return Optional.of(Duration.ofMillis(candidate - faultEndMillis));
            }
            if (!a.ok()) {
                candidate = a.startMillis() + 1;
            }
        }
        return lastSent - candidate >= window.toMillis()
                ? Optional.of(Duration.ofMillis(candidate - faultEndMillis))
                : Optional.empty();
    }

    /**
     * The time from the end of the fault to the first backlog sample whose oldest unfinished work was at most {@code
     * maxAge} old; empty if none was.
     */
    static Optional<Duration> backlogClear(
            List<FaultsBenchmark.BacklogSample> samples, long faultEndMillis, Duration maxAge) {
        return samples.stream()
                .filter(s -> s.atMillis() >= faultEndMillis && s.oldestSeconds() * 1000 <= maxAge.toMillis())
                .mapToLong(FaultsBenchmark.BacklogSample::atMillis)
                .min()
                .stream()
                .mapToObj(at -> Duration.ofMillis(at - faultEndMillis))
                .findFirst();
    }
}
