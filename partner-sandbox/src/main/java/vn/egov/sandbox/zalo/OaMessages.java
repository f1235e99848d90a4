package vn.egov.sandbox.zalo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.egov.sandbox.inbox.Channel;
import vn.egov.sandbox.inbox.InboxMessage;
import vn.egov.sandbox.inbox.MessageSource;

/** The customer-service messages the OA sent to Zalo users, in memory; safe to use from concurrent requests. */
@Component
public class OaMessages implements MessageSource {

    /**
     * One message the OA sent.
     *
     * @param messageId the message_id Zalo answered with
     * @param userId the Zalo user it went to
     * @param text the text
     * @param sentAt when Zalo accepted it
     */
    public record SentText(String messageId, String userId, String text, OffsetDateTime sentAt) {}

    private final List<SentText> sent = new ArrayList<>();

    public synchronized void add(SentText text) {
        sent.add(text);
    }

    @Override
    public synchronized List<InboxMessage> messages() {
        return sent.stream()
                .map(m -> new InboxMessage(Channel.ZALO, m.userId(), null, m.text(), m.sentAt(), m.messageId(), null))
                .toList();
    }

    @Override
    public synchronized void clear() {
        sent.clear();
    }
}
