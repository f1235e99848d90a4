package vn.egov.sandbox.inbox;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whom a reader of the inbox asks about: an e-mail address (compared without regard to case), a mobile number in any
 * of its usual spellings, or a Zalo user id (the OA's customer-service messages).
 *
 * @param key the canonical form the inbox stores recipients in
 */
public record Recipient(String key) {

    /** A Zalo user id as the OA sees it (numeric, longer than a phone number), alone or as {@code zalo:<id>}. */
    private static final Pattern ZALO_USER_ID = Pattern.compile("\\d{12,20}");

    /** Parses {@code to} as given to the inbox; empty when it is none of these. */
    public static Optional<Recipient> parse(String to) {
        if (to == null || to.isBlank()) {
            return Optional.empty();
        }
        if (to.contains("@")) {
            return Optional.of(new Recipient(to.strip().toLowerCase(Locale.ROOT)));
        }
        Optional<Recipient> mobile = MobileNumber.parseLenient(to).map(number -> new Recipient(number.digits()));
        if (mobile.isPresent()) {
            return mobile;
        }
        String id = to.strip();
        if (id.startsWith("zalo:")) {
            id = id.substring("zalo:".length());
        }
        return ZALO_USER_ID.matcher(id).matches() ? Optional.of(new Recipient(id)) : Optional.empty();
    }

    boolean received(InboxMessage message) {
        return key.equalsIgnoreCase(message.to());
    }
}
