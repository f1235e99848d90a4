package vn.egov.payment.napas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known answers computed independently (Python hashlib/hmac) over the same fields. */
class SecureHashTest {

    private static final String SECRET = "EGOV-NAPAS-SANDBOX-SECRET";
    private static final String MD5_ANSWER = "4DF11D3755630F5BEDF571A6B29BEC9C";
    private static final String HMAC_ANSWER = "C7E0D8256286FAE0D936AD1E0C12039CA3C700E5BEA966C66F5F39EE942F1E88";

    private static Map<String, String> payRequest() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vpc_Version", "2.0");
        fields.put("vpc_Command", "pay");
        fields.put("vpc_AccessCode", "EGOVACCESS");
        fields.put("vpc_Merchant", "EGOVDANANG");
        fields.put("vpc_MerchTxnRef", "EG01HZX5K2M7Q8R9T0V1W2");
        fields.put("vpc_OrderInfo", "Le phi ho so 000.00.15.H17-261123-0001");
        fields.put("vpc_Amount", "15000000");
        fields.put("vpc_CurrencyCode", "VND");
        fields.put("vpc_Locale", "vn");
        fields.put("vpc_TicketNo", "127.0.0.1");
        return fields;
    }

    @Test
    void md5IsUpperHexOfSecretAndValuesInCharacterCodeOrderOfNames() {
        // vpc_MerchTxnRef sorts before vpc_Merchant ('T' < 'a'): a case-insensitive sort would give another hash
        assertThat(SecureHash.of(NapasHashAlgorithm.MD5, SECRET, payRequest())).isEqualTo(MD5_ANSWER);
    }

    @Test
    void hmacSha256IsUpperHexOverNameValuePairsUnderTheSecret() {
        assertThat(SecureHash.of(NapasHashAlgorithm.HMAC_SHA256, SECRET, payRequest()))
                .isEqualTo(HMAC_ANSWER);
    }

    @Test
    void leavesOutEmptyFieldsTheHashItselfAndWhatIsNotVpc() {
        Map<String, String> fields = payRequest();
        fields.put("vpc_BackURL", "");
        fields.put("vpc_SecureHash", "0123");
        fields.put("vpc_SecureHashType", "SHA256");
        fields.put("cancelled", "true");

        assertThat(SecureHash.of(NapasHashAlgorithm.MD5, SECRET, fields)).isEqualTo(MD5_ANSWER);
        assertThat(SecureHash.of(NapasHashAlgorithm.HMAC_SHA256, SECRET, fields))
                .isEqualTo(HMAC_ANSWER);
    }

    @Test
    void verifiesAHashInEitherCaseWithAnyOfTheSecrets() {
        Map<String, String> fields = payRequest();
        fields.put("vpc_SecureHash", MD5_ANSWER.toLowerCase());

        assertThat(SecureHash.verifies(NapasHashAlgorithm.MD5, List.of(SECRET), fields))
                .isTrue();
        assertThat(SecureHash.verifies(NapasHashAlgorithm.MD5, List.of("NEW-SECRET", SECRET), fields))
                .isTrue();
        assertThat(SecureHash.verifies(NapasHashAlgorithm.MD5, List.of("NEW-SECRET"), fields))
                .isFalse();
        assertThat(SecureHash.verifies(NapasHashAlgorithm.HMAC_SHA256, List.of(SECRET), fields))
                .isFalse();
    }

    @Test
    void refusesFieldsWithoutAHash() {
        assertThat(SecureHash.verifies(NapasHashAlgorithm.MD5, List.of(SECRET), payRequest()))
                .isFalse();
    }
}
