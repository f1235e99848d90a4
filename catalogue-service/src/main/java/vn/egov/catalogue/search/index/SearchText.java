package vn.egov.catalogue.search.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: NFC, lower case, {@code đ} to {@code d}, diacritics stripped, punctuation other
 * than the dot of procedure codes turned into a space. Names and queries go through the same folding, so accented,
 * unaccented and upper-case spellings are the same words to the index.
 */
public final class SearchText {

    /** Abbreviations citizens type for the most searched procedures (folded), and their folded expansion. */
    public static final Map<String, String> BUILT_IN_ABBREVIATIONS = Map.ofEntries(
            Map.entry("gpxd", "giay phep xay dung"),
            Map.entry("gplx", "giay phep lai xe"),
            Map.entry("gpld", "giay phep lao dong"),
            Map.entry("gpkd", "giay phep kinh doanh"),
            Map.entry("gcn", "giay chung nhan"),
            Map.entry("qsdd", "quyen su dung dat"),
            Map.entry("lltp", "ly lich tu phap"),
            Map.entry("dkkd", "dang ky kinh doanh"),
            Map.entry("dkdn", "dang ky doanh nghiep"),
            Map.entry("hkd", "ho kinh doanh"),
            Map.entry("cchn", "chung chi hanh nghe"),
            Map.entry("hdv", "huong dan vien"),
            Map.entry("attp", "an toan thuc pham"),
            Map.entry("bhyt", "bao hiem y te"),
            Map.entry("tnhh", "trach nhiem huu han"),
            Map.entry("htx", "hop tac xa"),
            Map.entry("dtm", "danh gia tac dong moi truong"),
            Map.entry("xnk", "xuat khau nhap khau"),
            Map.entry("thpt", "trung hoc pho thong"),
            Map.entry("thcs", "trung hoc co so"),
            Map.entry("kcb", "kham benh chua benh"),
            Map.entry("dk", "dang ky"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    /** The folded form: words of lower-case ASCII letters, digits and dots, separated by single spaces. */
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

    /** Replaces each folded word that is a known abbreviation by its expansion. */
    public static String expand(String folded, Map<String, String> abbreviations) {
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            words.add(abbreviations.getOrDefault(word, word));
        }
        return String.join(" ", words).strip();
    }
}
