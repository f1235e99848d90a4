package vn.egov.payment.receipt;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A payer's name as the public verification of a receipt shows it: every word but the last reduced to its first
 * letter and one star per other letter, the given name (the last word, how Vietnamese people are addressed) in full:
 * "Nguyễn Văn An" → "N***** V** An". Enough for someone holding the receipt to see it is theirs, not enough to learn
 * who paid from a code alone.
 */
public final class MaskedName {

    private MaskedName() {}

    public static String of(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        // NFC first, so that a letter typed as base + combining marks counts as one letter.
        String[] words =
                Normalizer.normalize(fullName.strip(), Normalizer.Form.NFC).split("\\s+");
        List<String> masked = new ArrayList<>(words.length);
        for (int i = 0; i < words.length - 1; i++) {
            masked.add(mask(words[i]));
        }
        masked.add(words[words.length - 1]);
        return String.join(" ", masked);
    }

    private static String mask(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(first)
                .append("*".repeat(word.codePointCount(0, word.length()) - 1))
                .toString();
    }
}
