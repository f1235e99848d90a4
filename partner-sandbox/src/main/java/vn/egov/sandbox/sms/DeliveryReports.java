package vn.egov.sandbox.sms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * eSMS's delivery reports: when a message was sent with a {@code CallbackUrl}, eSMS calls it by GET once the telco
 * reported, as its documentation shows ({@code SMSID, SendFailed, SendStatus=5, SendSuccess, TotalPrice,
 * TotalReceiver, TotalSent, RequestId, TypeId=2, telcoid, phonenumber}), after {@code sandbox.sms.receipts.delay};
 * a share {@code failure-share} of the messages is reported failed ({@code SendSuccess=0, SendFailed=1}).
 */
@Component
public class DeliveryReports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

    /**
     * @param delay how long after acceptance the report comes
     * @param failureShare the share of messages reported undelivered, 0 to 1
     */
    @ConfigurationProperties("sandbox.sms.receipts")
    public record Settings(@DefaultValue("1s") Duration delay, @DefaultValue("0") double failureShare) {}

    private final Settings settings;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sandbox-sms-reports");
        thread.setDaemon(true);
        return thread;
    });

    public DeliveryReports(Settings settings) {
        this.settings = settings;
    }

    public void schedule(String callbackUrl, String smsId, String requestId, String phone) {
        if (callbackUrl == null || callbackUrl.isBlank()) {
            return;
        }
        boolean delivered = ThreadLocalRandom.current().nextDouble() >= settings.failureShare();
        String query = "SMSID=" + enc(smsId) + "&SendFailed=" + (delivered ? 0 : 1) + "&SendStatus=5&SendSuccess="
                + (delivered ? 1 : 0) + "&TotalPrice=" + (delivered ? "750.0000" : "0.0000")
                + "&TotalReceiver=1&TotalSent=1&RequestId=" + enc(requestId == null ? "" : requestId)
                + "&TypeId=2&telcoid=1&phonenumber=" + enc(phone);
        URI uri = URI.create(callbackUrl + (callbackUrl.contains("?") ? "&" : "?") + query);
        background.schedule(
                () -> {
                    try {
                        HttpResponse<String> response = http.send(
                                HttpRequest.newBuilder(uri)
                                        .timeout(Duration.ofSeconds(10))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        log.info("Delivery report of {} answered {}", smsId, response.statusCode());
                    } catch (Exception e) {
                        log.warn("Delivery report of {} failed: {}", smsId, e.toString());
                    }
                },
                settings.delay().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
