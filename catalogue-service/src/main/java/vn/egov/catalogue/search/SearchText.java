package vn.egov.catalogue.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text the way the database's {@code egov_fold} does (lower case, no diacritics, {@code đ} to
 * {@code d}), so that abbreviations can be expanded before the query reaches SQL. Punctuation other than the dot of
 * procedure codes becomes a space.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    public static String fold(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replace('đ', 'd');
        String bare =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(NOT_WORD.matcher(bare).replaceAll(" "))
                .replaceAll(" ")
                .strip();
    }
}
