package vn.egov.sandbox.vietinbank;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.egov.sandbox.payment.Vnd;

/**
 * A dynamic VietQR (NAPAS 247 transfer to an account) as a banking app reads it before transferring.
 *
 * @param bin the BIN of the beneficiary's bank (38.01.00)
 * @param account the beneficiary's account (38.01.01)
 * @param amount the amount (54), VND
 * @param purpose the transfer's purpose (62.08): the merchant's payment reference
 */
public record VietQr(String bin, String account, Vnd amount, String purpose) {

    static final String NAPAS_AID = "A000000727";
    static final String TRANSFER_TO_ACCOUNT = "QRIBFTTA";
    private static final Pattern WHOLE_AMOUNT = Pattern.compile("[1-9]\\d{0,12}");

    public VietQr {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(purpose, "purpose");
    }

    /**
     * Reads and checks a payload: the CRC (63) first, then 00=01, 01=12 (dynamic), 38 (NAPAS AID, BIN and account,
     * service QRIBFTTA), 53=704, 54 a whole amount of VND, 58=VN, 62.08 the purpose.
     *
     * @throws VietQrRefused naming the first field at fault
     */
    public static VietQr read(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new VietQrRefused("payload", "payload is empty");
        }
        if (payload.length() < 8
                || !payload.substring(payload.length() - 8, payload.length() - 4)
                        .equals("6304")) {
            throw new VietQrRefused("63", "payload must end with the CRC data object 6304 and four hex digits");
        }
        String expectedCrc = EmvCrc.of(payload.substring(0, payload.length() - 4));
        String sentCrc = payload.substring(payload.length() - 4);
        if (!expectedCrc.equals(sentCrc.toUpperCase(Locale.ROOT))) {
            throw new VietQrRefused(
                    "63", "CRC " + sentCrc + " does not match the payload (expected " + expectedCrc + ")");
        }
        Map<String, String> top = EmvTlv.parse(payload, "payload");
        expect(top, "00", "01", "payload format indicator must be 01");
        expect(top, "01", "12", "point of initiation must be 12 (dynamic QR, with an amount)");
        Map<String, String> merchant = EmvTlv.parse(required(top, "38"), "38");
        expect(merchant, "38.00", "00", NAPAS_AID, "GUID must be the NAPAS AID " + NAPAS_AID);
        Map<String, String> beneficiary = EmvTlv.parse(required(merchant, "38.01", "01"), "38.01");
        String bin = required(beneficiary, "38.01.00", "00");
        String account = required(beneficiary, "38.01.01", "01");
        expect(merchant, "38.02", "02", TRANSFER_TO_ACCOUNT, "service must be " + TRANSFER_TO_ACCOUNT);
        expect(top, "53", "704", "currency must be 704 (VND)");
        String amount = required(top, "54");
        if (!WHOLE_AMOUNT.matcher(amount).matches()) {
            throw new VietQrRefused("54", "amount must be a whole, positive number of VND: " + amount);
        }
        expect(top, "58", "VN", "country must be VN");
        Map<String, String> additional = EmvTlv.parse(required(top, "62"), "62");
        String purpose = required(additional, "62.08", "08");
        return new VietQr(bin, account, new Vnd(Long.parseLong(amount)), purpose);
    }

    private static void expect(Map<String, String> objects, String id, String value, String reason) {
        expect(objects, id, id, value, reason);
    }

    private static void expect(Map<String, String> objects, String field, String id, String value, String reason) {
        if (!value.equals(required(objects, field, id))) {
            throw new VietQrRefused(field, reason + ", got " + objects.get(id));
        }
    }

    private static String required(Map<String, String> objects, String id) {
        return required(objects, id, id);
    }

    private static String required(Map<String, String> objects, String field, String id) {
        String value = objects.get(id);
        if (value == null || value.isEmpty()) {
            throw new VietQrRefused(field, "data object " + field + " is missing");
        }
        return value;
    }
}
