package vn.egov.sandbox.napas;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * NAPAS's {@code vpc_SecureHash}: over every non-empty field whose name starts with {@code vpc_}, except
 * {@code vpc_SecureHash} and {@code vpc_SecureHashType}, sorted by name (byte order, so upper case before lower):
 * <ul>
 *   <li>MD5: upper hex MD5 of the secret followed by the values, concatenated;
 *   <li>HMAC_SHA256: upper hex HMAC-SHA256 with the secret's UTF-8 bytes as key, over {@code name=value&...}.
 * </ul>
 * Values are hashed as sent, not URL-encoded.
 */
public record NapasSecureHash(NapasHashAlgorithm algorithm, String secret) {

    public static final String SECURE_HASH = "vpc_SecureHash";
    public static final String SECURE_HASH_TYPE = "vpc_SecureHashType";

    public NapasSecureHash {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(secret, "secret");
    }

    /** The hash of the fields; other fields, and the hash fields themselves, are left out. */
    public String hash(Map<String, String> fields) {
        TreeMap<String, String> hashed = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("vpc_")
                    && !SECURE_HASH.equals(name)
                    && !SECURE_HASH_TYPE.equals(name)
                    && value != null
                    && !value.isEmpty()) {
                hashed.put(name, value);
            }
        });
        return switch (algorithm) {
            case MD5 -> md5(secret + String.join("", hashed.values()));
            case HMAC_SHA256 ->
                hmacSha256(hashed.entrySet().stream()
                        .map(field -> field.getKey() + "=" + field.getValue())
                        .collect(Collectors.joining("&")));
        };
    }

    /** Whether the fields carry their right {@code vpc_SecureHash} (either case), compared in constant time. */
    public boolean verifies(Map<String, String> fields) {
        String sent = fields.get(SECURE_HASH);
        return sent != null
                && MessageDigest.isEqual(
                        hash(fields).getBytes(StandardCharsets.US_ASCII),
                        sent.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("MD5 is part of every JRE", impossible);
        }
    }

    private String hmacSha256(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", impossible);
        }
    }
}
