package vn.egov.payment.provider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature primitives the partners use, and the one comparison every check goes through: constant time, so that
 * a forger learns nothing from how long a refusal takes.
 */
public final class Signatures {

    private Signatures() {}

    /** Lowercase hex HMAC-SHA256 of the text under the key (MoMo). */
    public static String hmacSha256Hex(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Uppercase hex MD5 of the text (NAPAS classic secure hash, secret prepended by the caller). */
    public static String md5HexUpper(String text) {
        try {
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    /** Base64 SHA256withRSA signature of the text (VietinBank). */
    public static String rsaSha256Base64(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the configured RSA key", e);
        }
    }

    /** True when the base64 signature is the key's SHA256withRSA signature of the text; false for anything malformed. */
    public static boolean rsaSha256Verifies(PublicKey key, String text, String base64Signature) {
        if (base64Signature == null || base64Signature.isBlank()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature.strip()));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** Compares a received signature with the expected one in time independent of where they differ. */
    public static boolean sameSignature(String expected, String received) {
        if (expected == null || received == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), received.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a PEM "PRIVATE KEY" (PKCS#8) RSA key. */
    public static PrivateKey rsaPrivateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pemBody(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 RSA private key", e);
        }
    }

    /** Reads a PEM "PUBLIC KEY" (X.509 SubjectPublicKeyInfo) RSA key. */
    public static PublicKey rsaPublicKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pemBody(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 RSA public key", e);
        }
    }

    private static byte[] pemBody(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END)[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
