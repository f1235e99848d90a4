package vn.egov.identity.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    // Inside target/, like every file the build writes; a fresh folder per test.
    private final Path dir =
            Path.of("target", "signing-keys-test", UUID.randomUUID().toString());

    @Test
    void generatesA2048BitRs256KeyWithAKidWhenTheFolderHasNone() throws Exception {
        RSAKey key = SigningKeys.loadOrCreate(dir.resolve("identity"));

        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint().toString());
        assertThat(key.isPrivate()).isTrue();
        assertThat(dir.resolve("identity").resolve(SigningKeys.FILE_NAME)).exists();
    }

    @Test
    void loadsTheSameKeyAfterARestart() throws Exception {
        RSAKey first = SigningKeys.loadOrCreate(dir);
        RSAKey second = SigningKeys.loadOrCreate(dir);

        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
    }

    @Test
    void refusesAStoredKeyWithoutItsPrivatePart() throws Exception {
        RSAKey key = SigningKeys.loadOrCreate(dir);
        Files.writeString(dir.resolve(SigningKeys.FILE_NAME), key.toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKeys.loadOrCreate(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("private part");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws Exception {
        SigningKeys.loadOrCreate(dir);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SigningKeys.FILE_NAME);
        }
    }
}
