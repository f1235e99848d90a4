package vn.egov.sandbox.sms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.egov.sandbox.inbox.InboxMessage;
import vn.egov.sandbox.inbox.MessageSource;

/** The SMS the gateway accepted, in memory, with their RequestIds; safe to use from concurrent requests. */
@Component
public class BrandnameMessages implements MessageSource {

    private final List<AcceptedSms> accepted = new ArrayList<>();
    private final Map<String, AcceptedSms> byRequestId = new HashMap<>();

    /**
     * Keeps a message unless one with the same RequestId was accepted the same (Vietnam) day: eSMS says a RequestId
     * blocks duplicates "trong ngày", within the day.
     *
     * @return the candidate if it was kept, else the message accepted earlier under its RequestId
     */
    public synchronized AcceptedSms acceptOnce(AcceptedSms candidate) {
        String requestId = candidate.requestId();
        if (requestId != null) {
            AcceptedSms earlier = byRequestId.get(requestId);
            if (earlier != null && earlier.acceptedOn().equals(candidate.acceptedOn())) {
                return earlier;
            }
            byRequestId.put(requestId, candidate);
        }
        accepted.add(candidate);
        return candidate;
    }

    @Override
    public synchronized List<InboxMessage> messages() {
        return accepted.stream().map(AcceptedSms::toInboxMessage).toList();
    }

    @Override
    public synchronized void clear() {
        accepted.clear();
        byRequestId.clear();
    }
}
