package vn.egov.catalogue.assistant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.catalogue.search.index.SearchText;

/**
 * A citizen's question as the assistant reads it: folded like the search (no diacritics, lower case), chat spelling
 * and abbreviations expanded, the intent recognised, and the words left that name the procedure.
 *
 * @param normalised the folded, expanded text
 * @param intent what is asked, {@code null} when no keyword says it
 * @param procedureWords the words that name a procedure, possibly empty (a follow-up: "còn lệ phí bao nhiêu?")
 * @param choice a number 1 to 3 when the whole message picks one of the offered choices, else 0
 */
public record Question(String normalised, Intent intent, String procedureWords, int choice) {

    /** Chat spelling (folded) and its meaning. */
    static final Map<String, String> CHAT = Map.ofEntries(
            Map.entry("ko", "khong"),
            Map.entry("k", "khong"),
            Map.entry("kh", "khong"),
            Map.entry("hok", "khong"),
            Map.entry("hong", "khong"),
            Map.entry("khg", "khong"),
            Map.entry("dc", "duoc"),
            Map.entry("bn", "bao nhieu"),
            Map.entry("bnh", "bao nhieu"),
            Map.entry("j", "gi"),
            Map.entry("ji", "gi"),
            Map.entry("ntn", "nhu the nao"),
            Map.entry("mk", "minh"),
            Map.entry("mik", "minh"),
            Map.entry("vs", "voi"),
            Map.entry("ng", "nguoi"),
            Map.entry("cx", "cung"),
            Map.entry("z", "vay"),
            Map.entry("v", "vay"),
            Map.entry("lm", "lam"),
            Map.entry("bh", "bao gio"),
            Map.entry("tg", "thoi gian"),
            Map.entry("gt", "giay to"),
            Map.entry("hs", "ho so"),
            Map.entry("trc", "truoc"),
            Map.entry("onl", "online"),
            Map.entry("nhiu", "nhieu"),
            Map.entry("tn", "the nao"),
            Map.entry("ak", "a"),
            Map.entry("ah", "a"),
            Map.entry("oy", "roi"),
            Map.entry("r", "roi"),
            Map.entry("e", "em"),
            Map.entry("a", "anh"),
            Map.entry("dt", "dien thoai"),
            Map.entry("sdt", "so dien thoai"));

    /**
     * Abbreviations beyond the search's: the assistant expands the search's built-in ones, and these, which name no
     * procedure by themselves but are how citizens write the papers they hold.
     */
    static final Map<String, String> EXTRA_ABBREVIATIONS = Map.ofEntries(
            Map.entry("cccd", "can cuoc cong dan"),
            Map.entry("cmnd", "chung minh nhan dan"),
            Map.entry("gcn", "giay chung nhan"),
            Map.entry("gplx", "giay phep lai xe"),
            Map.entry("bang lai", "giay phep lai xe"),
            Map.entry("so do", "giay chung nhan quyen su dung dat"),
            Map.entry("so hong", "giay chung nhan quyen su dung dat"),
            Map.entry("ly lich", "ly lich tu phap"),
            Map.entry("giay khai sinh", "khai sinh"),
            Map.entry("lam giay", "cap"),
            Map.entry("xin cap", "cap"),
            Map.entry("xin giay", "cap"));

    /** Words that only carry the question, never the procedure's name. */
    static final Set<String> FILLERS = Set.copyOf(List.of(
            "lam", "can", "gi", "the", "nao", "nhu", "thi", "co", "khong", "duoc", "cho", "toi", "minh", "em", "anh",
            "chi", "nhe", "vay", "oi", "xin", "hoi", "muon", "de", "va", "la", "cua", "con", "nua", "thu", "tuc", "ve",
            "khi", "phai", "nhung", "mot", "cac", "bao", "nhieu", "roi", "sao", "o", "dau", "di", "tai", "ho", "so",
            "nop", "tien", "ngay", "may", "mat", "ton", "het", "tra", "ai", "biet", "giup", "voi", "a", "u", "ok",
            "vui", "long", "xong", "giai", "quyet", "cam", "on", "hay", "nay", "do", "thi", "gio", "luc", "can", "phan",
            "giay", "to", "theo", "thuc", "hien", "viec", "duoc", "khong", "cu", "the", "dang", "ky", "nguoi", "dan",
            "lai", "xe", "quy", "dinh", "moi", "nhat", "o", "le", "phi", "dong", "gom", "chuan", "bi", "mang", "nhan",
            "ket", "qua", "lau", "thoi", "han", "gian", "online", "truc", "tuyen", "mang", "cap"));

    /**
     * Words that are fillers in a question but also name procedures; they stay when other procedure words are there
     * (dang ky, cap, lai xe, giay, nhan...).
     */
    static final Set<String> NAMING = Set.copyOf(List.of(
            "dang", "ky", "cap", "lai", "xe", "giay", "nhan", "phi", "ket", "ho", "mang", "nguoi", "dan", "tien",
            "ngay", "tra", "le", "han", "moi", "quy", "dinh", "the", "tai", "thuc", "hien", "viec", "cu", "lau", "theo",
            "gio", "online", "truc", "tuyen", "duoc", "do", "thi", "giai", "quyet", "mot", "chi", "ban", "cua", "van"));

    /** Phrases that only carry the question, removed before the words are looked at. */
    static final List<String> FILLER_PHRASES = List.of(
            "ho so",
            "thu tuc",
            "cho hoi",
            "lam sao",
            "nhu the nao",
            "the nao",
            "duoc khong",
            "co the",
            "xin hoi",
            "cho toi hoi",
            "lam the nao",
            "muon biet");

    private static final Pattern CHOICE =
            Pattern.compile("^(?:so |chon |lua chon |thu tuc )?([1-3])(?: a| nhe| a nhe)?$");

    public static Question read(String text, Map<String, String> searchAbbreviations) {
        String folded = SearchText.fold(text == null ? "" : text);
        Matcher choice = CHOICE.matcher(folded);
        if (choice.matches()) {
            return new Question(folded, null, "", Integer.parseInt(choice.group(1)));
        }
        String chat = replaceWords(folded, CHAT);
        String expanded = SearchText.expand(replacePhrases(chat, EXTRA_ABBREVIATIONS), searchAbbreviations);
        Intent intent = null;
        for (Intent candidate : Intent.values()) {
            if (candidate.phrases().stream().anyMatch(phrase -> containsPhrase(expanded, phrase))) {
                intent = candidate;
                break;
            }
        }
        String rest = " " + expanded + " ";
        List<String> phrases = new ArrayList<>();
        for (Intent candidate : Intent.values()) {
            phrases.addAll(candidate.phrases());
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        for (String phrase : phrases) {
            rest = rest.replace(" " + phrase + " ", " ");
        }
        for (String phrase : FILLER_PHRASES) {
            rest = rest.replace(" " + phrase + " ", " ");
        }
        List<String> words =
                Arrays.stream(rest.strip().split(" ")).filter(w -> !w.isEmpty()).toList();
        boolean named = words.stream().anyMatch(w -> !FILLERS.contains(w));
        List<String> kept = words.stream()
                .filter(w -> !FILLERS.contains(w) || (named && NAMING.contains(w)))
                .toList();
        return new Question(expanded, intent, String.join(" ", kept), 0);
    }

    public Optional<Intent> intentIfAny() {
        return Optional.ofNullable(intent);
    }

    static boolean containsPhrase(String text, String phrase) {
        return (" " + text + " ").contains(" " + phrase + " ");
    }

    private static String replaceWords(String folded, Map<String, String> map) {
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            words.add(map.getOrDefault(word, word));
        }
        return String.join(" ", words);
    }

    private static String replacePhrases(String text, Map<String, String> map) {
        String padded = " " + text + " ";
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        for (String key : keys) {
            padded = padded.replace(" " + key + " ", " " + map.get(key) + " ");
        }
        return padded.strip();
    }
}
