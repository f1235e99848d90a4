package vn.egov.identity.server;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key that signs every token, kept in a folder so that tokens and the JWKS survive a restart of the local
 * stack (services cache the JWKS, and people stay signed in across restarts).
 *
 * <p>The key is stored as one private JWK (JSON, with its {@code kid}) in {@value #FILE_NAME}. A folder without that
 * file gets a fresh 2048-bit key. Production deployments that keep this service would mount the folder from a secret
 * store; deployments that use VNeID or Keycloak do not need it at all.
 */
final class SigningKeys {

    static final String FILE_NAME = "signing-key.jwk.json";

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final int KEY_SIZE = 2048;

    private SigningKeys() {}

    /** Reads the signing key from {@code dir}, creating and saving one first if the folder has none. */
    static RSAKey loadOrCreate(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!key.isPrivate() || key.getKeyID() == null) {
                    throw new IllegalStateException("The signing key in " + file + " lacks its private part or kid");
                }
                log.info("Loaded signing key {} from {}", key.getKeyID(), file.toAbsolutePath());
                return key;
            }
            RSAKey key = generate();
            save(key, dir, file);
            log.info("Generated signing key {} in {}", key.getKeyID(), file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key in " + dir.toAbsolutePath(), e);
        } catch (ParseException e) {
            throw new IllegalStateException("The signing key in " + file + " is not a JWK", e);
        }
    }

    private static RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            // A thumbprint kid names the key by its content, so the same key always has the same kid.
            return new RSAKey.Builder(key).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }

    private static void save(RSAKey key, Path dir, Path file) throws IOException {
        Files.createDirectories(dir);
        // Write then move, so that a crash never leaves half a key that would stop the next start.
        Path temp = Files.createTempFile(dir, "signing-key", ".tmp");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
