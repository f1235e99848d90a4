package vn.egov.payment.vietinbank;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A VietQR (NAPAS 247) code for a transfer to a bank account: EMVCo merchant-presented TLV, closed by a
 * CRC-16/CCITT-FALSE. With an amount it is dynamic ({@code 01=12}) and banking apps fill in amount and purpose; without,
 * it is static ({@code 01=11}).
 *
 * @param bin the beneficiary bank's BIN, six digits
 * @param account the beneficiary account
 * @param amount VND, or null for a static code
 * @param purpose the transfer's purpose (field 62-08), at most 25 printable ASCII characters; null for none
 */
public record VietQr(String bin, String account, Long amount, String purpose) {

    static final String NAPAS_GUID = "A000000727";
    static final String TRANSFER_TO_ACCOUNT = "QRIBFTTA";

    private static final Pattern BIN = Pattern.compile("\\d{6}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Za-z]{1,19}");
    private static final Pattern PURPOSE = Pattern.compile("[\\x20-\\x7E]{1,25}");
    private static final Pattern DIGITS = Pattern.compile("[1-9]\\d{0,12}");

    public VietQr {
        if (bin == null || !BIN.matcher(bin).matches()) {
            throw new IllegalArgumentException("a BIN is six digits: " + bin);
        }
        if (account == null || !ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("not an account number: " + account);
        }
        if (amount != null && amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        if (purpose != null && !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("a purpose is 1 to 25 printable ASCII characters: " + purpose);
        }
    }

    public static VietQr dynamic(String bin, String account, long amount, String purpose) {
        return new VietQr(bin, account, amount, purpose);
    }

    /** The text a QR code carries. */
    public String payload() {
        StringBuilder payload = new StringBuilder()
                .append(tlv("00", "01"))
                .append(tlv("01", amount == null ? "11" : "12"))
                .append(tlv(
                        "38",
                        tlv("00", NAPAS_GUID)
                                + tlv("01", tlv("00", bin) + tlv("01", account))
                                + tlv("02", TRANSFER_TO_ACCOUNT)))
                .append(tlv("53", "704"));
        if (amount != null) {
            payload.append(tlv("54", Long.toString(amount)));
        }
        payload.append(tlv("58", "VN"));
        if (purpose != null) {
            payload.append(tlv("62", tlv("08", purpose)));
        }
        payload.append("6304");
        return payload.append(crc(payload)).toString();
    }

    /**
     * Reads a VietQR transfer code.
     *
     * @throws IllegalArgumentException when the CRC is wrong, the TLV is broken, or it is no transfer to an account
     */
    public static VietQr parse(String payload) {
        if (payload == null || payload.length() < 8 || !payload.startsWith("6304", payload.length() - 8)) {
            throw new IllegalArgumentException("no CRC at the end of the payload");
        }
        String body = payload.substring(0, payload.length() - 4);
        if (!crc(body).equals(payload.substring(payload.length() - 4).toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("CRC does not match");
        }
        Map<String, String> fields = fields(payload.substring(0, payload.length() - 8));
        require(fields, "00", "01");
        String initiation = fields.get("01");
        require(fields, "53", "704");
        require(fields, "58", "VN");
        Map<String, String> beneficiary = fields(required(fields, "38"));
        require(beneficiary, "00", NAPAS_GUID);
        require(beneficiary, "02", TRANSFER_TO_ACCOUNT);
        Map<String, String> organisation = fields(required(beneficiary, "01"));
        Long amount = null;
        if (fields.containsKey("54")) {
            if (!DIGITS.matcher(fields.get("54")).matches()) {
                throw new IllegalArgumentException("amount is not a whole VND amount: " + fields.get("54"));
            }
            amount = Long.parseLong(fields.get("54"));
        }
        if (!(amount == null ? "11" : "12").equals(initiation)) {
            throw new IllegalArgumentException("point of initiation " + initiation + " does not fit the amount");
        }
        String purpose = fields.containsKey("62") ? fields(fields.get("62")).get("08") : null;
        return new VietQr(required(organisation, "00"), required(organisation, "01"), amount, purpose);
    }

    /** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, not reflected, no final XOR) as four upper hex digits. */
    static String crc(CharSequence text) {
        int crc = 0xFFFF;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                throw new IllegalArgumentException("a VietQR payload is ASCII");
            }
            crc ^= c << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }

    private static String tlv(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("field " + id + " longer than 99 characters");
        }
        return id + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }

    private static Map<String, String> fields(String tlv) {
        Map<String, String> fields = new LinkedHashMap<>();
        int at = 0;
        while (at < tlv.length()) {
            if (at + 4 > tlv.length()) {
                throw new IllegalArgumentException("truncated field at " + at);
            }
            String id = tlv.substring(at, at + 2);
            char tens = tlv.charAt(at + 2);
            char units = tlv.charAt(at + 3);
            // Two decimal digits, nothing else: Integer.parseInt would also take "-2" or "+1" (found by fuzzing).
            if (tens < '0' || tens > '9' || units < '0' || units > '9') {
                throw new IllegalArgumentException("bad length of field " + id);
            }
            int length = (tens - '0') * 10 + (units - '0');
            if (at + 4 + length > tlv.length()) {
                throw new IllegalArgumentException("field " + id + " runs past the end");
            }
            if (fields.put(id, tlv.substring(at + 4, at + 4 + length)) != null) {
                throw new IllegalArgumentException("field " + id + " twice");
            }
            at += 4 + length;
        }
        return fields;
    }

    private static String required(Map<String, String> fields, String id) {
        String value = fields.get(id);
        if (value == null) {
            throw new IllegalArgumentException("no field " + id);
        }
        return value;
    }

    private static void require(Map<String, String> fields, String id, String expected) {
        if (!expected.equals(required(fields, id))) {
            throw new IllegalArgumentException("field " + id + " is " + fields.get(id) + ", not " + expected);
        }
    }
}
