package vn.egov.payment.provider;

import java.util.Map;

/**
 * The HTTP answer a partner expects to a callback.
 *
 * @param status HTTP status
 * @param headers extra headers (Content-Type, Location for a browser redirect)
 * @param body the body, empty for none
 */
public record CallbackReply(int status, Map<String, String> headers, String body) {

    public CallbackReply {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public static CallbackReply noContent() {
        return new CallbackReply(204, Map.of(), "");
    }

    public static CallbackReply json(int status, String json) {
        return new CallbackReply(status, Map.of("Content-Type", "application/json"), json);
    }

    public static CallbackReply redirect(String location) {
        return new CallbackReply(303, Map.of("Location", location), "");
    }
}
