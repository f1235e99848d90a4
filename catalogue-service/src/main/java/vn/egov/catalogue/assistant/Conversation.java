package vn.egov.catalogue.assistant;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a conversation stands, carried in its id so that any instance can answer the next message and nothing is
 * stored: {@code a1~<nonce>~<procedure code or ->~<offered codes, comma-separated, or ->~<intent or ->}. Procedure
 * codes are public, so the id reveals nothing.
 *
 * @param nonce distinguishes conversations
 * @param procedureCode the procedure the conversation is about, or {@code null}
 * @param choices the procedures offered to choose from, in order (at most three)
 * @param pendingIntent what was asked when the choices were offered, or {@code null}
 */
public record Conversation(String nonce, String procedureCode, List<String> choices, Intent pendingIntent) {

    private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

    public Conversation {
        choices = List.copyOf(choices);
    }

    static Conversation fresh() {
        return new Conversation(UUID.randomUUID().toString().substring(0, 8), null, List.of(), null);
    }

    /** The conversation an id stands for; a fresh one for a missing, foreign or damaged id. */
    static Conversation parse(String id) {
        if (id == null || !id.startsWith("a1~")) {
            return fresh();
        }
        String[] parts = id.split("~", -1);
        if (parts.length != 5 || !parts[1].matches("[0-9a-f]{8}")) {
            return fresh();
        }
        String code = CODE.matcher(parts[2]).matches() ? parts[2] : null;
        List<String> choices = "-".equals(parts[3])
                ? List.of()
                : Arrays.stream(parts[3].split(","))
                        .filter(c -> CODE.matcher(c).matches())
                        .limit(3)
                        .toList();
        Intent intent = null;
        for (Intent candidate : Intent.values()) {
            if (candidate.name().equals(parts[4])) {
                intent = candidate;
            }
        }
        return new Conversation(parts[1], code, choices, intent);
    }

    String id() {
        return String.join(
                "~",
                "a1",
                nonce,
                procedureCode == null ? "-" : procedureCode,
                choices.isEmpty() ? "-" : String.join(",", choices),
                pendingIntent == null ? "-" : pendingIntent.name());
    }

    Conversation about(String code) {
        return new Conversation(nonce, code, List.of(), null);
    }

    Conversation offering(List<String> codes, Intent intent) {
        // A follow-up that ignores the choices is taken to be about the first one.
        return new Conversation(nonce, codes.isEmpty() ? procedureCode : codes.get(0), codes, intent);
    }
}
