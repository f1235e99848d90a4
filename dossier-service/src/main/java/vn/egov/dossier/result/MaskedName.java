package vn.egov.dossier.result;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A person's name as the public verification shows it: the family name in full, then only the initial of each other
 * word ("Nguyễn Văn An" → "Nguyễn V** A*"). Enough to confirm a document one holds, not to learn who holds it.
 */
public final class MaskedName {

    private MaskedName() {}

    public static String of(String fullName) {
        String[] words =
                Normalizer.normalize(fullName.strip(), Normalizer.Form.NFC).split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        return words[0]
                + Arrays.stream(words, 1, words.length)
                        .map(MaskedName::mask)
                        .collect(Collectors.joining(" ", words.length > 1 ? " " : "", ""));
    }

    private static String mask(String word) {
        int first = word.codePointAt(0);
        int rest = word.codePointCount(0, word.length()) - 1;
        return new StringBuilder()
                .appendCodePoint(first)
                .append("*".repeat(rest))
                .toString();
    }
}
