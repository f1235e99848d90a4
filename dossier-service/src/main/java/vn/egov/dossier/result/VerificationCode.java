package vn.egov.dossier.result;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The code printed on a result, with which anyone can check it: ten base32 characters (50 random bits), so codes
 * cannot be guessed or enumerated, and they survive being read out or typed (no 0/O or 1/I confusion).
 */
public record VerificationCode(String value) {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a verification code is " + LENGTH + " base32 characters");
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

    /** Accepts what a person types: lower case and surrounding spaces are fine. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null
                && candidate.length() == LENGTH
                && candidate.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }
}
