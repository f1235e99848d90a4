package vn.egov.sandbox.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.sandbox.inbox.MobileNumber;

/**
 * Plays a citizen's phone sending an SMS to the city's short code: the provider delivers it to the platform's MO
 * webhook as eSMS's short-code service documents it (GET, signed query parameters), or, for other providers, as JSON
 * {@code {"MessageId", "Phone", "ShortCode", "Content", "ReceivedTime"}} signed with HMAC or carrying a shared secret. The platform's answer, a brandname SMS, arrives at the eSMS gateway like any other.
 */
@Service
public class DeliverMobileOriginated {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final MobileOriginatedProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http;

    public DeliverMobileOriginated(MobileOriginatedProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout())
                .build();
    }

    /**
     * What the webhook answered.
     *
     * @param messageId the MessageId sent
     * @param status the webhook's HTTP status, 0 when it could not be reached
     * @param body its body, or the error
     */
    public record Delivered(String messageId, int status, String body) {}

    /**
     * Delivers one MO message.
     *
     * @param messageId the provider's id; a new one when {@code null} (a repeat with the same id is a redelivery)
     */
    public Delivered deliver(MobileNumber from, String to, String text, String messageId) {
        String id = messageId == null || messageId.isBlank() ? UUID.randomUUID().toString() : messageId;
        if ("ESMS_SIGN".equalsIgnoreCase(properties.authentication())) {
            return deliverAsEsms(from, to, text, id);
        }
        Map<String, String> message = new LinkedHashMap<>();
        message.put("MessageId", id);
        message.put("Phone", from.digits());
        message.put("ShortCode", to == null || to.isBlank() ? properties.shortCode() : to);
        message.put("Content", text);
        message.put(
                "ReceivedTime",
                OffsetDateTime.now(clock).withOffsetSameInstant(VIETNAM).format(TIME));
        byte[] body = json.writeValueAsBytes(message);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if ("SHARED_SECRET".equalsIgnoreCase(properties.authentication())) {
            request.header("X-Webhook-Secret", properties.secret());
        } else {
            request.header("X-Webhook-Signature", hmacSha256Hex(properties.secret(), body));
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Delivered(id, response.statusCode(), response.body());
        } catch (IOException e) {
            return new Delivered(id, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivered(id, 0, "interrupted");
        }
    }

    /**
     * eSMS's short-code push: {@code GET <url>?sender=&content=&serviceNumber=&keyword=&sign=&cpid=&smsid=
     * &receiverTime=} (time {@code yyyyMMddHHmmss}, Vietnam), signed Base64(MD5(cpid + smsid + content + receiverTime +
     * private key)).
     */
    private Delivered deliverAsEsms(MobileNumber from, String to, String text, String id) {
        String receiverTime = OffsetDateTime.now(clock)
                .withOffsetSameInstant(VIETNAM)
                .format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        String keyword = text.strip().isEmpty() ? "" : text.strip().split("\\s+")[0];
        String sign = esmsSign(properties.cpid(), id, text, receiverTime, properties.secret());
        String query = "sender=" + encode(from.digits()) + "&content=" + encode(text) + "&serviceNumber="
                + encode(to == null || to.isBlank() ? properties.shortCode() : to) + "&keyword=" + encode(keyword)
                + "&sign=" + encode(sign) + "&cpid=" + encode(properties.cpid()) + "&smsid=" + encode(id)
                + "&receiverTime=" + encode(receiverTime);
        String url = properties.url() + (properties.url().contains("?") ? "&" : "?") + query;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(properties.timeout())
                .GET()
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Delivered(id, response.statusCode(), response.body());
        } catch (IOException e) {
            return new Delivered(id, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivered(id, 0, "interrupted");
        }
    }

    static String esmsSign(String cpid, String smsid, String content, String receiverTime, String privateKey) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5")
                    .digest((cpid + smsid + content + receiverTime + privateKey).getBytes(StandardCharsets.UTF_8));
            return java.util.Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String hmacSha256Hex(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
