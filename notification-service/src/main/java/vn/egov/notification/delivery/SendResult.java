package vn.egov.notification.delivery;

/** What a provider answered to one send. */
public sealed interface SendResult {

    /**
     * The provider took the message.
     *
     * @param providerMessageId its receipt: eSMS SMSID, ZNS msg_id or the e-mail Message-ID
     */
    record Sent(String providerMessageId) implements SendResult {}

    /**
     * The provider did not take the message.
     *
     * @param error what went wrong, for the delivery log
     * @param permanent true when sending the same message again cannot succeed (bad number, refused content)
     */
    record Failed(String error, boolean permanent) implements SendResult {

        public static Failed temporary(String error) {
            return new Failed(error, false);
        }

        public static Failed permanent(String error) {
            return new Failed(error, true);
        }
    }

    /**
     * No attempt was made because the provider's circuit is open; the delivery waits without using up an attempt.
     *
     * @param reason for the delivery log
     * @param retryAfter how long to wait
     */
    record NotAttempted(String reason, java.time.Duration retryAfter) implements SendResult {}
}
