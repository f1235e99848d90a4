package vn.egov.sandbox.sms;

/**
 * How an SMS text travels, which decides what it may contain and how many segments it is billed as. Segment sizes are
 * those Vietnamese brandname gateways bill by: 160 characters for one unaccented message, then 153 per part of a long
 * one (160 / 306 / 459 ...), because each part carries a concatenation header; 70, then 67 per part, for Unicode.
 */
public enum SmsEncoding {

    /** IsUnicode=0: unaccented text in the GSM 03.38 alphabet. */
    GSM_7BIT(160, 153) {
        @Override
        public boolean accepts(String text) {
            return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
        }

        @Override
        int units(String text) {
            // Characters of the extension table are sent as an escape plus the character: two septets.
            return text.length()
                    + (int) text.chars()
                            .filter(c -> GSM_EXTENSION.indexOf(c) >= 0)
                            .count();
        }
    },

    /** IsUnicode=1: any text, sent as UCS-2. */
    UCS2(70, 67) {
        @Override
        public boolean accepts(String text) {
            return true;
        }

        @Override
        int units(String text) {
            return text.length();
        }
    };

    /*
     * The GSM 03.38 default alphabet without its accented letters (é, è, à, ñ, ü, Ø, ...): brandname messages sent with
     * IsUnicode=0 must be "không dấu" (unaccented), and carriers reject or mangle any accent, not only Vietnamese ones.
     * The backtick is not in the GSM alphabet at all.
     */
    private static final String GSM_BASIC = "@£$¥\n\r !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ§¿"
            + "abcdefghijklmnopqrstuvwxyz_ΔΦΓΛΩΠΨΣΘΞ";
    private static final String GSM_EXTENSION = "^{}\\[~]|€";

    private final int singleSegment;
    private final int perPart;

    SmsEncoding(int singleSegment, int perPart) {
        this.singleSegment = singleSegment;
        this.perPart = perPart;
    }

    /** Whether a text can be sent in this encoding as it is. */
    public abstract boolean accepts(String text);

    abstract int units(String text);

    /** How many segments a text is billed as; 0 for an empty text. */
    public int segments(String text) {
        int units = units(text);
        if (units == 0) {
            return 0;
        }
        return units <= singleSegment ? 1 : (units + perPart - 1) / perPart;
    }
}
