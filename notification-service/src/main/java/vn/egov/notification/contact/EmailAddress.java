package vn.egov.notification.contact;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * A plain e-mail address ({@code name@domain}) that an SMTP relay accepts, kept in lower case.
 *
 * @param value the address, e.g. {@code an.nguyen@example.vn}
 */
public record EmailAddress(String value) {

    public EmailAddress {
        if (value == null || !value.equals(value.strip().toLowerCase(Locale.ROOT)) || !isPlainAddress(value)) {
            throw new IllegalArgumentException("not a plain e-mail address in lower case");
        }
    }

    /** @return empty when {@code raw} is not a plain address */
    public static Optional<EmailAddress> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT);
        return isPlainAddress(normalised) ? Optional.of(new EmailAddress(normalised)) : Optional.empty();
    }

    private static boolean isPlainAddress(String candidate) {
        if (candidate.isEmpty() || candidate.contains(" ") || candidate.indexOf('@') <= 0) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(candidate, true);
            return address.getPersonal() == null && candidate.equals(address.getAddress());
        } catch (AddressException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
