package vn.egov.notification.sms;

import com.ibm.icu.text.Transliterator;

/**
 * Text a brandname SMS can carry as is ({@code IsUnicode=0}): Vietnamese folded to unaccented letters ("Hồ sơ đã được
 * tiếp nhận" becomes "Ho so da duoc tiep nhan") and anything outside the GSM 03.38 alphabet replaced, because carriers
 * refuse or garble accents in customer-care messages and an unaccented segment holds 160 characters instead of 70.
 *
 * @param value the unaccented text
 */
public record UnaccentedText(String value) {

    /** Unaccented GSM segment: 160 characters alone, 153 per part of a longer message. */
    public static final int SINGLE_SEGMENT = 160;

    private static final int PER_PART = 153;

    private static final Transliterator FOLD =
            Transliterator.getInstance("Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC");

    private static final String GSM_BASIC =
            "@£$¥\n\r !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ§¿" + "abcdefghijklmnopqrstuvwxyz_";
    private static final String GSM_EXTENSION = "^{}\\[~]|€";

    public UnaccentedText {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an SMS needs a text");
        }
        if (!value.chars().allMatch(UnaccentedText::isGsm)) {
            throw new IllegalArgumentException("text has characters an unaccented SMS cannot carry");
        }
    }

    /** Folds Vietnamese (or any) text into what an unaccented SMS can carry. */
    public static UnaccentedText fold(String text) {
        String folded;
        // ICU transliterators are not documented as thread-safe.
        synchronized (FOLD) {
            folded = FOLD.transliterate(text);
        }
        StringBuilder gsm = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            gsm.append(
                    switch (c) {
                        // đ and Đ are letters of their own, not d with a mark, so NFD leaves them alone.
                        case 'đ' -> "d";
                        case 'Đ' -> "D";
                        case '“', '”', '„' -> "\"";
                        case '‘', '’' -> "'";
                        case '–', '—' -> "-";
                        case '…' -> "...";
                        case '\t', '\u00A0' -> " ";
                        default -> isGsm(c) ? String.valueOf(c) : "?";
                    });
        }
        return new UnaccentedText(gsm.toString().strip());
    }

    /** Length in GSM septets: characters of the extension table count twice. */
    public int length() {
        return value.length()
                + (int) value.chars().filter(c -> GSM_EXTENSION.indexOf(c) >= 0).count();
    }

    /** How many segments the gateway bills the text as. */
    public int segments() {
        int length = length();
        return length <= SINGLE_SEGMENT ? 1 : (length + PER_PART - 1) / PER_PART;
    }

    private static boolean isGsm(int c) {
        return GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
