package vn.egov.sandbox.inbox;

import java.util.List;
import org.springframework.stereotype.Service;

/** Empties every simulator's inbox and idempotency memory, so a test or demo starts from nothing. */
@Service
public class ClearInbox {

    private final List<MessageSource> sources;

    public ClearInbox(List<MessageSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public void clear() {
        sources.forEach(MessageSource::clear);
    }
}
