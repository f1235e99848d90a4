package vn.egov.sandbox.zalo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.egov.sandbox.inbox.Channel;
import vn.egov.sandbox.inbox.InboxMessage;
import vn.egov.sandbox.inbox.MobileNumber;

/**
 * A ZNS message the API accepted.
 *
 * @param msgId the msg_id ZNS answered with
 * @param trackingId the client's tracking_id, or {@code null}
 * @param phone the recipient
 * @param templateId the template used
 * @param text the template rendered with the data
 * @param sentAt when the API accepted it
 */
public record AcceptedZns(
        String msgId, String trackingId, MobileNumber phone, String templateId, String text, OffsetDateTime sentAt) {

    LocalDate sentOn() {
        return sentAt.toLocalDate();
    }

    InboxMessage toInboxMessage() {
        return new InboxMessage(Channel.ZALO, phone.digits(), null, text, sentAt, msgId, null);
    }
}
