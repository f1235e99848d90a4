package vn.egov.sandbox.sms;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.egov.sandbox.inbox.Channel;
import vn.egov.sandbox.inbox.InboxMessage;
import vn.egov.sandbox.inbox.MobileNumber;

/**
 * A brandname SMS the gateway accepted.
 *
 * @param smsId the SMSID eSMS answered with
 * @param requestId the client's RequestId, or {@code null}
 * @param phone the recipient
 * @param brandname the sender name shown to the recipient
 * @param text the text
 * @param acceptedAt when the gateway accepted it
 */
public record AcceptedSms(
        String smsId, String requestId, MobileNumber phone, String brandname, SmsText text, OffsetDateTime acceptedAt) {

    LocalDate acceptedOn() {
        return acceptedAt.toLocalDate();
    }

    InboxMessage toInboxMessage() {
        return new InboxMessage(Channel.SMS, phone.digits(), null, text.content(), acceptedAt, smsId, text.segments());
    }
}
