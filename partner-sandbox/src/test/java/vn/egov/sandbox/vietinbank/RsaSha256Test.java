package vn.egov.sandbox.vietinbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

class RsaSha256Test {

    private static final PrivateKey PLATFORM_PRIVATE =
            RsaSha256.privateKeyFromPem(read("/keys/egov-local-private.pem"));
    private static final PublicKey PLATFORM_PUBLIC = RsaSha256.publicKeyFromPem(read("/keys/egov-local-public.pem"));
    private static final PublicKey VIETINBANK_PUBLIC =
            RsaSha256.publicKeyFromPem(read("/keys/vietinbank-sandbox-public.pem"));
    private static final PrivateKey VIETINBANK_PRIVATE =
            RsaSha256.privateKeyFromPem(read("/keys/vietinbank-sandbox-private.pem"));

    @Test
    void concatenatesTheNotificationFieldsInOrderSkippingEmptyOnes() {
        assertThat(RsaSha256.signedText("VTB1", "20250310090000", "EGOVDN", "150000", "", "HS0001 CHUYEN TIEN"))
                .isEqualTo("VTB120250310090000EGOVDN150000HS0001 CHUYEN TIEN");
        assertThat(RsaSha256.signedText("VTB1", null, "00")).isEqualTo("VTB100");
    }

    @Test
    void signaturesOfTheSandboxKeyVerifyWithThePublicKeyThePlatformHolds() {
        String text = "VTB120250310090000EGOVDN150000FT250310000001HS0001 CHUYEN TIEN";
        String signature = RsaSha256.sign(VIETINBANK_PRIVATE, text);

        assertThat(RsaSha256.verifies(VIETINBANK_PUBLIC, text, signature)).isTrue();
        assertThat(RsaSha256.verifies(VIETINBANK_PUBLIC, text + " ", signature)).isFalse();
    }

    @Test
    void platformSignaturesVerifyWithThePlatformPublicKeyOnly() {
        String signature = RsaSha256.sign(PLATFORM_PRIVATE, "VTB100Success");

        assertThat(RsaSha256.verifies(PLATFORM_PUBLIC, "VTB100Success", signature))
                .isTrue();
        assertThat(RsaSha256.verifies(VIETINBANK_PUBLIC, "VTB100Success", signature))
                .isFalse();
        assertThat(RsaSha256.verifies(PLATFORM_PUBLIC, "VTB100Success", "not base64!"))
                .isFalse();
    }

    private static String read(String resource) {
        try (InputStream in = RsaSha256Test.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
