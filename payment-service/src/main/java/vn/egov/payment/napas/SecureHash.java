package vn.egov.payment.napas;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.egov.payment.provider.Signatures;

/**
 * {@code vpc_SecureHash}: over every non-empty {@code vpc_} field except the hash and its type, in field-name order
 * (ASCII, as NAPAS sorts them).
 */
final class SecureHash {

    static final String FIELD = "vpc_SecureHash";
    static final String TYPE_FIELD = "vpc_SecureHashType";

    private SecureHash() {}

    static String of(NapasHashAlgorithm algorithm, String secret, Map<String, String> fields) {
        SortedMap<String, String> signed = signedFields(fields);
        return switch (algorithm) {
            case MD5 -> Signatures.md5HexUpper(secret + String.join("", signed.values()));
            case HMAC_SHA256 ->
                hmacSha256HexUpper(
                        secret,
                        signed.entrySet().stream()
                                .map(field -> field.getKey() + "=" + field.getValue())
                                .collect(Collectors.joining("&")));
        };
    }

    /** True when the hash in the fields is one of them made with one of the secrets; constant time for each. */
    static boolean verifies(NapasHashAlgorithm algorithm, Iterable<String> secrets, Map<String, String> fields) {
        String received = fields.get(FIELD);
        if (received == null || received.isBlank()) {
            return false;
        }
        String normalised = received.strip().toUpperCase(Locale.ROOT);
        boolean verified = false;
        for (String secret : secrets) {
            // no short-cut: a match on the first secret takes as long as one on the second
            verified |= Signatures.sameSignature(of(algorithm, secret, fields), normalised);
        }
        return verified;
    }

    static String hmacSha256HexUpper(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static SortedMap<String, String> signedFields(Map<String, String> fields) {
        SortedMap<String, String> signed = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("vpc_")
                    && !name.equals(FIELD)
                    && !name.equals(TYPE_FIELD)
                    && value != null
                    && !value.isEmpty()) {
                signed.put(name, value);
            }
        });
        return signed;
    }
}
