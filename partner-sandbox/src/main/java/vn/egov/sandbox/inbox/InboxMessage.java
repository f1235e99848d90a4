package vn.egov.sandbox.inbox;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One message as a recipient would have seen it.
 *
 * @param channel how it arrived
 * @param to the recipient: a phone number as {@code 84xxxxxxxxx} for SMS and Zalo, an e-mail address for e-mail
 * @param subject the e-mail subject; {@code null} for SMS and Zalo
 * @param text the text the recipient reads (for e-mail the text/plain part, {@code null} when there is none)
 * @param time when the partner accepted it, in Vietnam time
 * @param providerMessageId the partner's id for it (eSMS SMSID, ZNS msg_id, e-mail Message-ID)
 * @param segments how many SMS segments the text was billed as; {@code null} for other channels
 */
public record InboxMessage(
        Channel channel,
        String to,
        String subject,
        String text,
        OffsetDateTime time,
        String providerMessageId,
        Integer segments) {

    public InboxMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(time, "time");
    }
}
