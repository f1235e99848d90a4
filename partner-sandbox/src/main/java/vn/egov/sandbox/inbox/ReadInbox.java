package vn.egov.sandbox.inbox;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads what the simulators received, oldest first, optionally for one recipient. */
@Service
public class ReadInbox {

    private final List<MessageSource> sources;

    public ReadInbox(List<MessageSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * @param recipient only messages to this recipient, or all when empty
     * @param limit at most this many, the newest ones
     * @return the messages, newest last
     */
    public List<InboxMessage> read(Optional<Recipient> recipient, int limit) {
        List<InboxMessage> matching = sources.stream()
                .flatMap(source -> source.messages().stream())
                .filter(message -> recipient.map(r -> r.received(message)).orElse(true))
                .sorted(Comparator.comparing(InboxMessage::time))
                .toList();
        return matching.subList(Math.max(0, matching.size() - limit), matching.size());
    }
}
