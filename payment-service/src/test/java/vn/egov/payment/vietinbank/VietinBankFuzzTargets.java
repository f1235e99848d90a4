package vn.egov.payment.vietinbank;

import vn.egov.payment.provider.CallbackVerdict;

/** VietQR payloads and VietinBank's notifications for {@code PaymentInputsFuzzTest}, outside this package. */
public final class VietinBankFuzzTargets {

    private static final VietinBankProvider BANK = new VietinBankProvider(
            VietinBankFixtures.properties("http://127.0.0.1:9"),
            "EG",
            java.time.Clock.fixed(VietinBankFixtures.NOW, java.time.ZoneOffset.UTC));

    private VietinBankFuzzTargets() {}

    /**
     * The fuzzer's text with a correct CRC after it, so that the TLV reading behind the CRC check gets fuzzed too; text
     * that is not ASCII has no CRC (a VietQR payload is ASCII) and is returned as it is, for the parser to refuse.
     */
    public static String withCrc(String body) {
        String withTag = body + "6304";
        return withTag.chars().allMatch(c -> c < 0x80) ? withTag + VietQr.crc(withTag) : body;
    }

    /** The verdict on a balance-change notification with this body. */
    public static CallbackVerdict notification(String body) {
        return BANK.verify(VietinBankFixtures.notification(body));
    }
}
