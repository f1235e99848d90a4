package vn.egov.sandbox.inbox;

import java.util.List;

/** A simulator that keeps what it received, so the inbox can show it and tests can reset it. */
public interface MessageSource {

    /** Everything received since the last {@link #clear()}, in no particular order. */
    List<InboxMessage> messages();

    /** Forgets everything received, including idempotency keys, so a test or demo starts afresh. */
    void clear();
}
