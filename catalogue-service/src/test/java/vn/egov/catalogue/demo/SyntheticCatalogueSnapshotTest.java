package vn.egov.catalogue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic catalogues are pinned: the benchmarks compare runs over time, so a change to the procedure families or
 * to the generator must be a deliberate one that updates these fingerprints, never a side effect of an edit.
 *
 * <p>A fingerprint is the SHA-256 of the catalogue's records, one {@code toString()} per line, in generation order:
 * every field of every procedure, fee and document counts.
 */
class SyntheticCatalogueSnapshotTest {

    @Test
    void theBenchmarkCatalogueIsUnchanged() {
        List<DemoProcedure> catalogue = SyntheticCatalogue.generate(10_000, 42L);

        assertThat(catalogue.get(0))
                .extracting(DemoProcedure::code, DemoProcedure::name, DemoProcedure::agencyCode)
                .containsExactly("1.678675", "Đăng ký khai sinh", "000.05.46.H17");
        assertThat(fingerprint(catalogue))
                .isEqualTo("37a7921c6b87cd53a7ea92de7d17ee2c8f7845519cf8bd7dee7a03d62b111e8a");
    }

    @Test
    void aSmallCatalogueOfAnotherSeedIsUnchanged() {
        assertThat(fingerprint(SyntheticCatalogue.generate(500, 2020L)))
                .isEqualTo("07fb0e27a5953786b20f63b9996833fc24b971403847b488f8afb217d2c3522b");
    }

    @Test
    void theProcedureFamiliesAreUnchanged() {
        assertThat(Stems.all()).hasSize(42);
        assertThat(fingerprint(Stems.all()))
                .isEqualTo("c14f1969b92fc2550490aaddb3b7ab843b974e3c2b875dea125a8c234b70da08");
    }

    private static String fingerprint(List<?> records) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (Object record : records) {
                sha256.update((record + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
