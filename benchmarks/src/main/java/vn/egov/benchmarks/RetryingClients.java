package vn.egov.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Clients that behave as a real app does when the platform is in trouble: a request answered with a 5xx, a 429 or not
 * at all is sent again, the same request with the same {@code Idempotency-Key}, after a growing pause, for at most
 * {@code retryFor}. Every attempt is recorded ({@link Attempt}), so that a report can say what the clients saw before
 * and after retrying.
 */
final class RetryingClients {

    /** What a request's final answer was. */
    record Outcome(Attempt.Kind kind, String request, int attempts, int status, boolean ok, String body) {}

    /** Whether an answer is the success a client waits for; {@code attempt} is 1 for the first try. */
    @FunctionalInterface
    interface Acceptance {
        boolean accepts(int attempt, int status);
    }

    static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    static final Duration MAX_PAUSE = Duration.ofSeconds(5);
    static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final Duration retryFor;
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final AtomicInteger open = new AtomicInteger();

    RetryingClients(HttpClient http, ScheduledExecutorService scheduler, Duration retryFor) {
        this.http = http;
        this.scheduler = scheduler;
        this.retryFor = retryFor;
    }

    /** The pause before retry {@code n} (1 for the first retry): doubling from 250 ms up to 5 s, with jitter. */
    static Duration pause(int n) {
        long base = Math.min(MAX_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(10, n - 1));
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    /**
     * Sends a request and, while it fails in a retryable way, sends it again; {@code done} gets the final outcome.
     *
     * @param request builds attempt {@code n}'s request (the same method, body and {@code Idempotency-Key} each time)
     */
    void send(
            Attempt.Kind kind,
            String key,
            IntFunction<HttpRequest> request,
            Acceptance acceptance,
            Consumer<Outcome> done) {
        open.incrementAndGet();
        attempt(kind, key, request, acceptance, done, 1, System.currentTimeMillis());
    }

    private void attempt(
            Attempt.Kind kind,
            String key,
            IntFunction<HttpRequest> request,
            Acceptance acceptance,
            Consumer<Outcome> done,
            int n,
            long firstMillis) {
        long start = System.currentTimeMillis();
        CompletableFuture<HttpResponse<String>> answer;
        try {
            answer = http.sendAsync(request.apply(n), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.orTimeout(ATTEMPT_TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS)
                .whenComplete((response, error) -> {
                    int status = response == null ? 0 : response.statusCode();
                    boolean ok = error == null && acceptance.accepts(n, status);
                    attempts.add(new Attempt(
                            kind,
                            key,
                            n,
                            start,
                            System.currentTimeMillis(),
                            status,
                            ok,
                            Attempt.problemType(status, response == null ? null : response.body())));
                    Duration pause = pause(n);
                    boolean retry = !ok
                            && Attempt.retryable(status)
                            && System.currentTimeMillis() + pause.toMillis() - firstMillis < retryFor.toMillis();
                    if (retry) {
                        try {
                            scheduler.schedule(
                                    () -> attempt(kind, key, request, acceptance, done, n + 1, firstMillis),
                                    pause.toMillis(),
                                    TimeUnit.MILLISECONDS);
                            return;
                        } catch (RuntimeException shutDown) {
                            // fall through: the run is over
                        }
                    }
                    try {
                        done.accept(new Outcome(kind, key, n, status, ok, response == null ? null : response.body()));
                    } finally {
                        open.decrementAndGet();
                    }
                });
    }

    /** Waits until no request is being sent or retried, at most {@code limit}; whether that happened. */
    boolean awaitIdle(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (open.get() > 0 && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        return open.get() == 0;
    }

    /** Every attempt so far, and forgets them (a scenario's attempts are its own). */
    List<Attempt> drainAttempts() {
        List<Attempt> all = new ArrayList<>();
        Attempt a;
        while ((a = attempts.poll()) != null) {
            all.add(a);
        }
        return all;
    }
}
