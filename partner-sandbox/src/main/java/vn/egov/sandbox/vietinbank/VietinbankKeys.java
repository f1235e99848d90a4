package vn.egov.sandbox.vietinbank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** The keys of the simulated VietinBank: its own signing key, the platform's public key, and a forger's key. */
@Component
public class VietinbankKeys {

    private final PrivateKey signingKey;
    private final PublicKey platformKey;
    private PrivateKey forgerKey;

    public VietinbankKeys(VietinbankProperties properties, ResourceLoader resources) {
        this.signingKey = RsaSha256.privateKeyFromPem(read(resources, properties.signingKey()));
        this.platformKey = RsaSha256.publicKeyFromPem(read(resources, properties.platformPublicKey()));
    }

    /** Signs as VietinBank. */
    public String sign(String text) {
        return RsaSha256.sign(signingKey, text);
    }

    /** Signs with a key that is not VietinBank's, for the forged-signature fault. */
    public String forge(String text) {
        return RsaSha256.sign(forgerKey(), text);
    }

    /** Whether the platform signed the text. */
    public boolean signedByPlatform(String text, String signature) {
        return RsaSha256.verifies(platformKey, text, signature);
    }

    private synchronized PrivateKey forgerKey() {
        if (forgerKey == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                forgerKey = generator.generateKeyPair().getPrivate();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("RSA is part of every JRE", e);
            }
        }
        return forgerKey;
    }

    private static String read(ResourceLoader resources, String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key " + location, e);
        }
    }
}
