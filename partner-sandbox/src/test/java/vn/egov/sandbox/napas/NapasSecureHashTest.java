package vn.egov.sandbox.napas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * NAPAS's vpc_SecureHash in both algorithms. The expected values are known answers computed independently (Python
 * hashlib and hmac) over the same fields sorted by byte order, where vpc_MerchTxnRef comes before vpc_Merchant.
 */
class NapasSecureHashTest {

    private static final String SECRET = "EGOV-NAPAS-SANDBOX-SECRET";

    private static Map<String, String> payFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("vpc_Version", "2.0");
        fields.put("vpc_Command", "pay");
        fields.put("vpc_AccessCode", "EGOVACCESS");
        fields.put("vpc_Merchant", "EGOVDANANG");
        fields.put("vpc_MerchTxnRef", "HS-0001");
        fields.put("vpc_OrderInfo", "Le phi ho so");
        fields.put("vpc_Amount", "15000000");
        fields.put("vpc_CurrencyCode", "VND");
        fields.put("vpc_Locale", "vn");
        fields.put("vpc_ReturnURL", "https://dichvucong.danang.gov.vn/napas/return");
        fields.put("vpc_BackURL", "https://dichvucong.danang.gov.vn/napas/back");
        fields.put("vpc_TicketNo", "203.113.1.2");
        return fields;
    }

    @Test
    void md5IsUpperHexOfTheSecretFollowedByTheValuesInNameOrder() {
        assertThat(new NapasSecureHash(NapasHashAlgorithm.MD5, SECRET).hash(payFields()))
                .isEqualTo("26412ECB4EA1D9F9D3FFED9B04164C11");
    }

    @Test
    void hmacSha256IsUpperHexOverNameValuePairsInNameOrder() {
        assertThat(new NapasSecureHash(NapasHashAlgorithm.HMAC_SHA256, SECRET).hash(payFields()))
                .isEqualTo("D35E0949A3E702E9C4BA8B445B73F23F4885D6588448640B00ADBEEDA41A0FE4");
    }

    @Test
    void leavesOutEmptyFieldsTheHashFieldsAndFieldsThatAreNotVpc() {
        NapasSecureHash md5 = new NapasSecureHash(NapasHashAlgorithm.MD5, SECRET);
        Map<String, String> noisy = payFields();
        noisy.put("vpc_SecureHash", "ANYTHING");
        noisy.put("vpc_SecureHashType", "MD5");
        noisy.put("vpc_Customer_Email", "");
        noisy.put("utm_source", "portal");

        assertThat(md5.hash(noisy)).isEqualTo(md5.hash(payFields()));
    }

    @Test
    void verifiesTheHashInEitherCaseAndRefusesATamperedField() {
        NapasSecureHash md5 = new NapasSecureHash(NapasHashAlgorithm.MD5, SECRET);
        Map<String, String> signed = payFields();
        signed.put("vpc_SecureHash", "26412ecb4ea1d9f9d3ffed9b04164c11");
        assertThat(md5.verifies(signed)).isTrue();

        signed.put("vpc_Amount", "1500000");
        assertThat(md5.verifies(signed)).isFalse();
        assertThat(md5.verifies(payFields())).isFalse();
    }
}
