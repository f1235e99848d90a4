package vn.egov.notification.inbound;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.contracts.codes.DossierCode;

/**
 * What a citizen's message asks for, read the forgiving way people type on a phone: {@code TRACUU <code>},
 * {@code tra cứu <code>}, {@code Tra cuu   <code>} or the bare code, in any case, with or without diacritics and with
 * extra spaces. Anything else is {@link Unknown} and gets the help text.
 */
public sealed interface InboundCommand {

    /** A status look-up of a dossier. */
    record LookUp(DossierCode code) implements InboundCommand {}

    /** The keyword without a valid code (or with something else after it). */
    record LookUpWithoutCode() implements InboundCommand {}

    /** Not a command we know. */
    record Unknown() implements InboundCommand {}

    Pattern KEYWORD = Pattern.compile("^(TRA\\s*CUU|TC|TRACUU)(\\s+|:|$)");
    Pattern CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4,}");

    static InboundCommand parse(String text) {
        if (text == null) {
            return new Unknown();
        }
        String folded = fold(text);
        boolean keyword = false;
        var matcher = KEYWORD.matcher(folded);
        if (matcher.find()) {
            keyword = true;
            folded = folded.substring(matcher.end()).strip();
        }
        folded = folded.replaceAll("^[:#\\s]+", "").replaceAll("[.\\s]+$", "");
        if (CODE.matcher(folded).matches() && DossierCode.isValid(folded)) {
            return new LookUp(new DossierCode(folded));
        }
        return keyword ? new LookUpWithoutCode() : new Unknown();
    }

    /** Finds a dossier code anywhere in a chat message (Zalo), folded to its canonical upper case. */
    static Optional<DossierCode> findCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = CODE.matcher(fold(text));
        while (matcher.find()) {
            if (DossierCode.isValid(matcher.group())) {
                return Optional.of(new DossierCode(matcher.group()));
            }
        }
        return Optional.empty();
    }

    /** True when the message starts with the look-up keyword (with or without diacritics). */
    static boolean hasKeyword(String text) {
        return text != null && KEYWORD.matcher(fold(text)).find();
    }

    /** Upper case without diacritics (đ as D), runs of white space as one space, trimmed. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return decomposed.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
