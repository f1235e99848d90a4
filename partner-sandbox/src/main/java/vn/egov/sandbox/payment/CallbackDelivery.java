package vn.egov.sandbox.payment;

import java.time.OffsetDateTime;

/**
 * One callback a partner sent to the platform and what the platform answered.
 *
 * @param copy 1 for the first sending, 2 and up for the duplicates of the same callback
 * @param url where it was sent
 * @param sentAt when it was sent, Vietnam time
 * @param body the body sent, exactly as on the wire
 * @param replyStatus the HTTP status of the platform's reply; {@code null} when there was no reply
 * @param replyBody the body of the reply; {@code null} when there was no reply
 * @param replySignatureVerified whether the partner could verify the signature of the reply; {@code null} for
 *     partners whose replies are not signed, or when there was no reply
 * @param error why no reply came (connection refused, timeout); {@code null} when one came
 */
public record CallbackDelivery(
        int copy,
        String url,
        OffsetDateTime sentAt,
        String body,
        Integer replyStatus,
        String replyBody,
        Boolean replySignatureVerified,
        String error) {

    static CallbackDelivery replied(
            int copy, String url, OffsetDateTime sentAt, String body, int status, String reply, Boolean verified) {
        return new CallbackDelivery(copy, url, sentAt, body, status, reply, verified, null);
    }

    static CallbackDelivery unanswered(int copy, String url, OffsetDateTime sentAt, String body, String error) {
        return new CallbackDelivery(copy, url, sentAt, body, null, null, null, error);
    }
}
