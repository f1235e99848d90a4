package vn.egov.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * An open-model load generator: requests are sent on a fixed schedule, whatever the answers do, and each latency is
 * measured from the request's <em>intended</em> send time. A slow server therefore cannot slow the generator down and
 * hide its own queueing (coordinated omission): if the generator falls behind, the time it lost counts against the
 * server, and the lag is reported.
 */
final class OpenModelLoad {

    /** Starts one call without blocking; the future completes with true on success, false or exceptionally on error. */
    @FunctionalInterface
    interface Call {
        CompletableFuture<Boolean> start(long index);
    }

    static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

    private OpenModelLoad() {}

    /**
     * Sends {@code rate × duration} calls at a fixed rate and waits for their answers.
     *
     * <p>At most {@code maxInFlight} calls are outstanding: a call due while that many are open is not sent (a
     * generator that opened thousands of connections would measure itself). Every call not answered when the drain
     * ends, sent or not, counts as an error and is recorded at its age then, a lower bound of its latency.
     *
     * @param drain how long to wait for the last answers
     */
    static LoadResult run(String target, Call call, double rate, Duration duration, Duration drain, int maxInFlight) {
        double loadAverage = Machine.loadAverage();
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        long period = (long) (TimeUnit.SECONDS.toNanos(1) / rate);
        int count = (int) Math.max(1, Math.round(rate * duration.toMillis() / 1000.0));
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        AtomicLong lastCompletion = new AtomicLong();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(count);
        long[] intendedAt = new long[count];
        AtomicIntegerArray finished = new AtomicIntegerArray(count);
        AtomicInteger inFlight = new AtomicInteger();
        long notSent = 0;
        long maxLag = 0;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (int i = 0; i < count; i++) {
            long intended = start + i * period;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLag = Math.max(maxLag, System.nanoTime() - intended);
            intendedAt[i] = intended;
            if (inFlight.get() >= maxInFlight) {
                notSent++;
                continue;
            }
            inFlight.incrementAndGet();
            int slot = i;
            CompletableFuture<Boolean> answer;
            try {
                answer = call.start(i);
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete((success, error) -> {
                long end = System.nanoTime();
                inFlight.decrementAndGet();
                if (!finished.compareAndSet(slot, 0, 1)) {
                    return; // already counted as unanswered at the end of the drain
                }
                latencies.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (end - intended) / 1000)));
                if (error == null && Boolean.TRUE.equals(success)) {
                    ok.increment();
                } else {
                    errors.increment();
                    if (samples.size() < 4) {
                        samples.add(error == null ? "unexpected answer" : String.valueOf(rootCause(error)));
                    }
                }
                lastCompletion.accumulateAndGet(end, Math::max);
                done.countDown();
            });
        }
        try {
            done.await(drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        long drained = System.nanoTime();
        long unanswered = 0;
        for (int i = 0; i < count; i++) {
            if (finished.compareAndSet(i, 0, 1)) {
                latencies.recordValue(Math.min(HIGHEST_MICROS, (drained - intendedAt[i]) / 1000));
                errors.increment();
                unanswered++;
            }
        }
        if (unanswered > 0) {
            samples.add(String.format(
                    Locale.ROOT,
                    "%d calls unanswered %d s after the last was due (%d of them never sent: %d already open)",
                    unanswered,
                    drain.toSeconds(),
                    notSent,
                    maxInFlight));
        }
        long end = unanswered > 0 ? drained : Math.max(lastCompletion.get(), start + (count - 1) * period);
        return new LoadResult(
                target,
                String.format(Locale.ROOT, "open %.0f/s", rate),
                latencies.copy(),
                ok.sum(),
                errors.sum(),
                (end - start) / 1e9,
                maxLag / 1e6,
                loadAverage,
                List.copyOf(samples));
    }

    static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
