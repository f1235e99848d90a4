package vn.egov.sandbox.vietinbank;

import java.util.Locale;

/** Builds dynamic VietQR payloads the way the platform would print them, with knobs to break one field. */
public final class VietQrFixture {

    private String initiation = "12";
    private String aid = "A000000727";
    private String bin = "970415";
    private String account = "113000006688";
    private String service = "QRIBFTTA";
    private String currency = "704";
    private String amount = "150000";
    private String country = "VN";
    private String purpose = "HS0001TT";
    private String crcOverride;

    private VietQrFixture() {}

    public static VietQrFixture aVietQr() {
        return new VietQrFixture();
    }

    public VietQrFixture forAmount(long vnd) {
        this.amount = Long.toString(vnd);
        return this;
    }

    public VietQrFixture withAmountText(String text) {
        this.amount = text;
        return this;
    }

    public VietQrFixture forPurpose(String purpose) {
        this.purpose = purpose;
        return this;
    }

    public VietQrFixture toAccount(String account) {
        this.account = account;
        return this;
    }

    public VietQrFixture atBank(String bin) {
        this.bin = bin;
        return this;
    }

    public VietQrFixture static_() {
        this.initiation = "11";
        return this;
    }

    public VietQrFixture forService(String service) {
        this.service = service;
        return this;
    }

    public VietQrFixture withoutPurpose() {
        this.purpose = null;
        return this;
    }

    public VietQrFixture withCrc(String crc) {
        this.crcOverride = crc;
        return this;
    }

    public String payload() {
        String beneficiary = tlv("00", bin) + tlv("01", account);
        String merchant = tlv("00", aid) + tlv("01", beneficiary) + tlv("02", service);
        String additional = purpose == null ? tlv("01", "BILL1") : tlv("08", purpose);
        String body = tlv("00", "01") + tlv("01", initiation) + tlv("38", merchant) + tlv("53", currency)
                + tlv("54", amount) + tlv("58", country) + tlv("59", "UBND TP DA NANG") + tlv("60", "DA NANG")
                + tlv("62", additional) + "6304";
        return body + (crcOverride == null ? EmvCrc.of(body) : crcOverride);
    }

    private static String tlv(String id, String value) {
        return id + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }
}
