package vn.egov.payment.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A citizen's request to pay a dossier's fee. The amount is not part of it: it comes from our records.
 *
 * @param dossierCode the dossier
 * @param provider the provider's code
 */
public record PaymentRequest(String dossierCode, String provider) {

    /** The hash an Idempotency-Key is bound to. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((dossierCode + "\n" + provider).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
