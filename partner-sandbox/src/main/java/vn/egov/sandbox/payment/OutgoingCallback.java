package vn.egov.sandbox.payment;

import java.util.Objects;

/**
 * A callback ready to go: a JSON body, already signed by the partner, for a URL of the platform.
 *
 * @param url where the partner sends it
 * @param jsonBody the body, exactly as sent
 * @param replyCheck how the partner checks the reply
 */
public record OutgoingCallback(String url, String jsonBody, ReplyCheck replyCheck) {

    public OutgoingCallback {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(jsonBody, "jsonBody");
        Objects.requireNonNull(replyCheck, "replyCheck");
    }
}
