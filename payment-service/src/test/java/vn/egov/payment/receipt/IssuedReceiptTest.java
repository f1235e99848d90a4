package vn.egov.payment.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.payment.receipt.IssuedReceiptFixture.anIssuedReceipt;

import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.egov.payment.PublicSite;

class IssuedReceiptTest {

    @Test
    void isCitedBySymbolAndSevenDigitNumber() {
        assertThat(anIssuedReceipt().numbered("BL-26E", 12).build().reference()).isEqualTo("BL-26E/0000012");
    }

    @Test
    void namesItsFileAfterSymbolAndNumberWithNothingAFileSystemMinds() {
        assertThat(anIssuedReceipt().numbered("BL-26E", 3).build().fileName()).isEqualTo("bien-lai-BL-26E-0000003.pdf");
        assertThat(anIssuedReceipt().numbered("BL/26 E", 3).build().fileName())
                .isEqualTo("bien-lai-BL-26-E-0000003.pdf");
    }

    @Test
    void namesThePaymentMethodInVietnamese() {
        assertThat(anIssuedReceipt().paidWith("MOMO").build().paymentMethod()).isEqualTo("MoMo");
        assertThat(anIssuedReceipt().paidWith("NAPAS").build().paymentMethod()).isEqualTo("NAPAS");
        assertThat(anIssuedReceipt().paidWith("VIETINBANK").build().paymentMethod())
                .isEqualTo("VietinBank chuyển khoản");
        assertThat(anIssuedReceipt().paidWith("ZALOPAY").build().paymentMethod())
                .isEqualTo("ZALOPAY");
    }

    @Test
    void verificationUrlIsUnderThePublicBaseUrlWithOrWithoutATrailingSlash() {
        VerificationCode code = new VerificationCode("ABCDEFGH2345");

        assertThat(new PublicSite(URI.create("https://dichvucong.danang.gov.vn/")).receiptVerificationUrl(code.value()))
                .isEqualTo("https://dichvucong.danang.gov.vn/api/public/receipts/ABCDEFGH2345");
        assertThat(new PublicSite(URI.create("http://localhost:8080")).receiptVerificationUrl(code.value()))
                .isEqualTo("http://localhost:8080/api/public/receipts/ABCDEFGH2345");
    }
}
