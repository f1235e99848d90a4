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
                .isEqualTo("f4818720473208bf19b63165b3ab8426baf4f51911254d047c8170378b7fe396");
    }

    @Test
    void aSmallCatalogueOfAnotherSeedIsUnchanged() {
        assertThat(fingerprint(SyntheticCatalogue.generate(500, 2020L)))
                .isEqualTo("ccde5879d84b5c52d55f58040f2aba75de5dca1bda0bfd48fe829c2780b6dbf4");
    }

    @Test
    void theProcedureFamiliesAreUnchanged() {
        assertThat(Stems.all()).hasSize(42);
        assertThat(fingerprint(Stems.all()))
                .isEqualTo("5665fa9498b1d87459a3513e2cac3d9119032a2498646bb3eb2f08a778bdb630");
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
