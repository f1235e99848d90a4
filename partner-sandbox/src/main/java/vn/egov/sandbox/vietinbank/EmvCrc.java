package vn.egov.sandbox.vietinbank;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The EMVCo QR checksum (tag 63): CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no
 * final XOR) over the UTF-8 bytes of the payload up to and including {@code 6304}, as four upper-case hex digits.
 */
public final class EmvCrc {

    private EmvCrc() {}

    public static String of(String data) {
        int crc = 0xFFFF;
        for (byte b : data.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xFFFF;
            }
        }
        return String.format(Locale.ROOT, "%04X", crc);
    }
}
