package vn.egov.payment.vietinbank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds our order reference in a transfer's remark, where the payer's banking app put it: the QR's purpose field, but
 * often with the app's own text around it, lower-cased, or cut by spaces or dashes.
 *
 * <p>Our references are the configured prefix followed by {@value #BODY_LENGTH} characters of {@code [A-Z0-9]}, as
 * the payment flow generates them. Looked for in this order, the first found wins:
 *
 * <ol>
 *   <li>a word that is exactly a reference;
 *   <li>a word starting with the prefix joined with the words after it, across spaces and dashes only, to exactly a
 *       reference's length (an app that groups characters);
 *   <li>a longer word starting with the prefix, cut to a reference's length (an app that glued the next word on).
 * </ol>
 *
 * A transfer attributed to no order, or to one that does not exist, is left for an officer either way; the order of
 * the rules keeps a false match from hiding an intact reference.
 */
final class RemarkReference {

    static final int BODY_LENGTH = 20;

    private static final Pattern WORD = Pattern.compile("[A-Z0-9]+");
    private static final Pattern INSERTED = Pattern.compile("[ \\t\\-]+");

    private final String prefix;
    private final Pattern reference;

    RemarkReference(String prefix) {
        this.prefix = prefix.strip().toUpperCase(Locale.ROOT);
        if (!WORD.matcher(this.prefix).matches()) {
            throw new IllegalArgumentException("a reference prefix is letters and digits: " + prefix);
        }
        this.reference = Pattern.compile(Pattern.quote(this.prefix) + "[A-Z0-9]{" + BODY_LENGTH + "}");
    }

    Optional<String> find(String remark) {
        if (remark == null || remark.isBlank()) {
            return Optional.empty();
        }
        String text = remark.toUpperCase(Locale.ROOT);
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        for (int[] at : words) {
            String candidate = text.substring(at[0], at[1]);
            if (reference.matcher(candidate).matches()) {
                return Optional.of(candidate);
            }
        }
        int length = prefix.length() + BODY_LENGTH;
        for (int i = 0; i < words.size(); i++) {
            if (!text.startsWith(prefix, words.get(i)[0])) {
                continue;
            }
            StringBuilder joined = new StringBuilder(text.substring(words.get(i)[0], words.get(i)[1]));
            for (int j = i + 1;
                    joined.length() < length
                            && j < words.size()
                            && INSERTED.matcher(text.substring(words.get(j - 1)[1], words.get(j)[0]))
                                    .matches();
                    j++) {
                joined.append(text, words.get(j)[0], words.get(j)[1]);
            }
            if (joined.length() == length) {
                return Optional.of(joined.toString());
            }
        }
        for (int[] at : words) {
            if (at[1] - at[0] > length && text.startsWith(prefix, at[0])) {
                return Optional.of(text.substring(at[0], at[0] + length));
            }
        }
        return Optional.empty();
    }
}
