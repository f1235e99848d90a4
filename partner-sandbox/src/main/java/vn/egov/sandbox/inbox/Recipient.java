package vn.egov.sandbox.inbox;

import java.util.Locale;
import java.util.Optional;

/**
 * Whom a reader of the inbox asks about: an e-mail address (compared without regard to case) or a mobile number in any
 * of its usual spellings.
 *
 * @param key the canonical form the inbox stores recipients in
 */
public record Recipient(String key) {

    /** Parses {@code to} as given to the inbox; empty when it is neither an e-mail address nor a mobile number. */
    public static Optional<Recipient> parse(String to) {
        if (to == null || to.isBlank()) {
            return Optional.empty();
        }
        if (to.contains("@")) {
            return Optional.of(new Recipient(to.strip().toLowerCase(Locale.ROOT)));
        }
        return MobileNumber.parseLenient(to).map(number -> new Recipient(number.digits()));
    }

    boolean received(InboxMessage message) {
        return key.equalsIgnoreCase(message.to());
    }
}
