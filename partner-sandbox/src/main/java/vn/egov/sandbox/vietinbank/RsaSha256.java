package vn.egov.sandbox.vietinbank;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * VietinBank's signatures: base64 SHA256withRSA over the UTF-8 bytes of some fields concatenated in a fixed order,
 * empty ones skipped.
 */
public final class RsaSha256 {

    private RsaSha256() {}

    /** The signed text: the values concatenated, {@code null} and empty ones skipped. */
    public static String signedText(String... values) {
        return Arrays.stream(values).filter(Objects::nonNull).collect(Collectors.joining());
    }

    public static String sign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with SHA256withRSA", e);
        }
    }

    /** Whether a base64 signature as sent verifies; {@code false} for anything that is not one. */
    public static boolean verifies(PublicKey key, String text, String base64Signature) {
        if (base64Signature == null || text == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getMimeDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException invalid) {
            return false;
        }
    }

    /** Reads an unencrypted PKCS#8 private key ({@code -----BEGIN PRIVATE KEY-----}). */
    public static PrivateKey privateKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA PKCS#8 private key", e);
        }
    }

    /** Reads an X.509 public key ({@code -----BEGIN PUBLIC KEY-----}). */
    public static PublicKey publicKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA X.509 public key", e);
        }
    }

    private static byte[] der(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("PEM without " + begin);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
