package vn.egov.payment.provider;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * A partner's callback exactly as it arrived, before anything is believed of it.
 *
 * @param provider the provider code of the URL it came to
 * @param kind {@code notification} for a server-to-server POST, {@code return} for a payer's browser coming back
 * @param query the query parameters (single values; a repeated parameter keeps its first value)
 * @param body the raw body, unparsed (empty for a GET)
 * @param contentType the Content-Type header, or null
 * @param remoteAddress the caller's address as this service saw it
 * @param receivedAt when it arrived
 */
public record InboundCallback(
        String provider,
        String kind,
        Map<String, String> query,
        byte[] body,
        String contentType,
        String remoteAddress,
        Instant receivedAt) {

    public static final String NOTIFICATION = "notification";
    public static final String RETURN = "return";

    public InboundCallback {
        query = Map.copyOf(query);
        body = body == null ? new byte[0] : body;
    }

    /** The body as UTF-8 text, as every partner here sends it. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
