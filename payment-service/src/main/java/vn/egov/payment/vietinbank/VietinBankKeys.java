package vn.egov.payment.vietinbank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import org.springframework.core.io.FileSystemResourceLoader;
import org.springframework.core.io.Resource;
import vn.egov.payment.provider.Signatures;

/**
 * Our signing key and the bank's verifying keys, read once at start-up so that a wrong key stops the service rather
 * than the first payment.
 */
final class VietinBankKeys {

    private final PrivateKey ours;
    private final PublicKey bank;
    private final PublicKey previousBank;
    private final Instant previousBankValidUntil;

    VietinBankKeys(VietinBankProperties properties) {
        this.ours = Signatures.rsaPrivateKey(pem(properties.privateKey(), "private-key"));
        this.bank = Signatures.rsaPublicKey(pem(properties.bankPublicKey(), "bank-public-key"));
        boolean rotating = properties.previousBankPublicKey() != null
                && !properties.previousBankPublicKey().isBlank()
                && properties.previousBankPublicKeyValidUntil() != null;
        this.previousBank = rotating
                ? Signatures.rsaPublicKey(pem(properties.previousBankPublicKey(), "previous-bank-public-key"))
                : null;
        this.previousBankValidUntil = rotating ? properties.previousBankPublicKeyValidUntil() : null;
    }

    String sign(String text) {
        return Signatures.rsaSha256Base64(ours, text);
    }

    /** True when the bank signed the text with its key, or with its previous key while that is still accepted. */
    boolean bankSigned(String text, String signature, Instant now) {
        if (Signatures.rsaSha256Verifies(bank, text, signature)) {
            return true;
        }
        return previousBank != null
                && now.isBefore(previousBankValidUntil)
                && Signatures.rsaSha256Verifies(previousBank, text, signature);
    }

    /** PEM text as given, or read from a {@code classpath:}, {@code file:} or plain file location. */
    static String pem(String textOrLocation, String setting) {
        if (textOrLocation == null || textOrLocation.isBlank()) {
            throw new IllegalArgumentException("egov.payments.vietinbank." + setting + " must be set");
        }
        if (textOrLocation.contains("-----BEGIN")) {
            return textOrLocation;
        }
        Resource resource = new FileSystemResourceLoader().getResource(textOrLocation.strip());
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "egov.payments.vietinbank." + setting + ": cannot read " + textOrLocation.strip(), e);
        }
    }
}
