package vn.egov.sandbox.payment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.egov.sandbox.fault.CallbackFaults;
import vn.egov.sandbox.fault.CallbackTiming;

/**
 * Delivers partners' callbacks over HTTP the way the planned faults say: how many copies, and whether before the
 * payer is sent back (on the caller's thread, so the platform has the callback before the browser arrives) or after
 * (in the background). Changing the content of a callback (amount, signature) is the partner's business.
 */
@Component
public class CallbackDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CallbackDispatcher.class);

    private final CallbackProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService background = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "sandbox-callbacks");
        thread.setDaemon(true);
        return thread;
    });

    public CallbackDispatcher(CallbackProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout())
                .build();
    }

    /**
     * Sends the callback {@code faults.copies()} times, handing each delivery to {@code record} as soon as its reply
     * is in. Returns once every copy is delivered when the callback comes before the redirect, at once otherwise.
     */
    public void dispatch(OutgoingCallback callback, CallbackFaults faults, Consumer<CallbackDelivery> record) {
        if (faults.deliveredBeforeRedirect()) {
            deliverAll(callback, faults.copies(), record);
            return;
        }
        long delayMs = faults.timing() == CallbackTiming.AFTER_REDIRECT
                ? Math.max(faults.delayMs(), properties.afterRedirectPause().toMillis())
                : faults.delayMs();
        log.info("Callback to {} planned in {} ms", callback.url(), delayMs);
        background.schedule(() -> deliverAll(callback, faults.copies(), record), delayMs, TimeUnit.MILLISECONDS);
    }

    private void deliverAll(OutgoingCallback callback, int copies, Consumer<CallbackDelivery> record) {
        for (int copy = 1; copy <= copies; copy++) {
            record.accept(deliver(callback, copy));
        }
    }

    private CallbackDelivery deliver(OutgoingCallback callback, int copy) {
        OffsetDateTime sentAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(callback.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(callback.jsonBody(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            log.info("Callback {} to {}: platform answered {}", copy, callback.url(), reply.statusCode());
            return CallbackDelivery.replied(
                    copy,
                    callback.url(),
                    sentAt,
                    callback.jsonBody(),
                    reply.statusCode(),
                    reply.body(),
                    callback.replyCheck().verify(reply.statusCode(), reply.body()));
        } catch (IOException | IllegalArgumentException failure) {
            log.warn("Callback {} to {} got no reply: {}", copy, callback.url(), failure.toString());
            return CallbackDelivery.unanswered(copy, callback.url(), sentAt, callback.jsonBody(), failure.toString());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return CallbackDelivery.unanswered(copy, callback.url(), sentAt, callback.jsonBody(), "interrupted");
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
