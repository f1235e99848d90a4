package vn.egov.payment.receipt;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The code printed and QR-coded on a receipt, with which anyone can verify it: twelve characters from an alphabet
 * without look-alikes (no 0/O, no 1/I), about 60 random bits, so codes can be neither guessed nor enumerated.
 *
 * @param value twelve characters of {@link #ALPHABET}
 */
public record VerificationCode(String value) {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(
                    "a receipt verification code is " + LENGTH + " characters of " + ALPHABET);
        }
    }

    public static VerificationCode random() {
        return random(RANDOM);
    }

    static VerificationCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    /** What a person typed, once surrounding spaces are dropped and letters upper-cased; empty if malformed. */
    public static java.util.Optional<VerificationCode> parse(String typed) {
        String candidate = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return isWellFormed(candidate)
                ? java.util.Optional.of(new VerificationCode(candidate))
                : java.util.Optional.empty();
    }

    private static boolean isWellFormed(String candidate) {
        return candidate.length() == LENGTH && candidate.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
