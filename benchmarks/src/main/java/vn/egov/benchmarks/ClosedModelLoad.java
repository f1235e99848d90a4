package vn.egov.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A closed-model load: {@code concurrency} workers each send a call, wait for its answer and send the next, until
 * {@code total} calls were made. It finds how many calls per second the target sustains at that concurrency; its
 * latencies are service times (a closed model cannot see queueing in front of it).
 */
final class ClosedModelLoad {

    /** One blocking call; true on success. */
    @FunctionalInterface
    interface Call {
        boolean call(long index) throws Exception;
    }

    private ClosedModelLoad() {}

    static LoadResult run(String target, Call call, int concurrency, int total) {
        return run(target, call, concurrency, total, java.time.Duration.ofMinutes(30));
    }

    /** The same, but no call starts after {@code limit}: on a slow target, a fixed count could take hours. */
    static LoadResult run(String target, Call call, int concurrency, int total, java.time.Duration limit) {
        double loadAverage = Machine.loadAverage();
        Histogram latencies = new ConcurrentHistogram(OpenModelLoad.HIGHEST_MICROS, 3);
        AtomicLong next = new AtomicLong();
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long stopAt = start + limit.toNanos();
        for (int w = 0; w < concurrency; w++) {
            Thread worker = new Thread(
                    () -> {
                        long index;
                        while ((index = next.getAndIncrement()) < total && System.nanoTime() < stopAt) {
                            long begin = System.nanoTime();
                            boolean success;
                            String failure = "unexpected answer";
                            try {
                                success = call.call(index);
                            } catch (Exception e) {
                                success = false;
                                failure = String.valueOf(OpenModelLoad.rootCause(e));
                            }
                            latencies.recordValue(
                                    Math.min(OpenModelLoad.HIGHEST_MICROS, (System.nanoTime() - begin) / 1000));
                            if (success) {
                                ok.increment();
                            } else {
                                errors.increment();
                                if (samples.size() < 5) {
                                    samples.add(failure);
                                }
                            }
                        }
                    },
                    target + "-" + w);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new LoadResult(
                target,
                String.format(Locale.ROOT, "closed c=%d", concurrency),
                latencies.copy(),
                ok.sum(),
                errors.sum(),
                elapsed,
                0,
                loadAverage,
                List.copyOf(samples));
    }
}
