package vn.egov.sandbox.zalo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.egov.sandbox.inbox.InboxMessage;
import vn.egov.sandbox.inbox.MessageSource;

/** The ZNS messages the API accepted, in memory, with their tracking_ids; safe to use from concurrent requests. */
@Component
public class ZnsMessages implements MessageSource {

    private final List<AcceptedZns> accepted = new ArrayList<>();
    private final Map<String, AcceptedZns> byTrackingId = new HashMap<>();

    /**
     * Keeps a message unless one with the same tracking_id was accepted before. Zalo documents tracking_id for
     * reconciliation only, not as a duplicate guard; the sandbox treats it as one so that retries show up once, which
     * a production adapter must not count on.
     *
     * @return the candidate if it was kept, else the message accepted earlier under its tracking_id
     */
    public synchronized AcceptedZns acceptOnce(AcceptedZns candidate) {
        if (candidate.trackingId() != null) {
            AcceptedZns earlier = byTrackingId.putIfAbsent(candidate.trackingId(), candidate);
            if (earlier != null) {
                return earlier;
            }
        }
        accepted.add(candidate);
        return candidate;
    }

    /** How many messages were accepted on a (Vietnam) day. */
    public synchronized int countSentOn(LocalDate day) {
        return (int) accepted.stream().filter(m -> m.sentOn().equals(day)).count();
    }

    @Override
    public synchronized List<InboxMessage> messages() {
        return accepted.stream().map(AcceptedZns::toInboxMessage).toList();
    }

    @Override
    public synchronized void clear() {
        accepted.clear();
        byTrackingId.clear();
    }
}
