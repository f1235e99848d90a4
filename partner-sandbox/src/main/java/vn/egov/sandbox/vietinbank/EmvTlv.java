package vn.egov.sandbox.vietinbank;

import java.util.LinkedHashMap;
import java.util.Map;

/** EMVCo merchant-presented QR data objects: a two-digit id, a two-digit length, then that many characters. */
public final class EmvTlv {

    private EmvTlv() {}

    /**
     * The data objects of a template in order of appearance.
     *
     * @param field the id of the template, for error messages ({@code payload} at the top)
     * @throws VietQrRefused when the text is not a sequence of well-formed data objects, or repeats an id
     */
    public static Map<String, String> parse(String text, String field) {
        Map<String, String> objects = new LinkedHashMap<>();
        int at = 0;
        while (at < text.length()) {
            if (at + 4 > text.length()) {
                throw new VietQrRefused(field, "truncated data object at position " + at);
            }
            String id = text.substring(at, at + 2);
            String lengthDigits = text.substring(at + 2, at + 4);
            if (!id.chars().allMatch(Character::isDigit)
                    || !lengthDigits.chars().allMatch(Character::isDigit)) {
                throw new VietQrRefused(field, "id and length must be two digits each at position " + at);
            }
            int length = Integer.parseInt(lengthDigits);
            if (at + 4 + length > text.length()) {
                throw new VietQrRefused(qualified(field, id), "length " + length + " runs past the end");
            }
            if (objects.putIfAbsent(id, text.substring(at + 4, at + 4 + length)) != null) {
                throw new VietQrRefused(qualified(field, id), "appears twice");
            }
            at += 4 + length;
        }
        return objects;
    }

    static String qualified(String parent, String id) {
        return "payload".equals(parent) ? id : parent + "." + id;
    }
}
