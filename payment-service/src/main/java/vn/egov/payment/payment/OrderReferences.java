package vn.egov.payment.payment;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Order ids (references) we give partners: the configured prefix and random characters of {@code [A-Z0-9]}, 22 in all
 * by default. Every partner's field takes them (VietQR's purpose field, the shortest, takes 25); they are not
 * guessable, so a reference in a public URL or a bank remark reveals nothing else.
 */
@Component
public class OrderReferences {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int RANDOM_LENGTH = 20;

    private final SecureRandom random = new SecureRandom();
    private final String prefix;

    OrderReferences(PaymentProperties properties) {
        this.prefix = properties.referencePrefix();
    }

    public String next() {
        StringBuilder reference = new StringBuilder(prefix);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
