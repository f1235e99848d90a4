package vn.egov.payment.napas;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.egov.payment.provider.InboundCallback;
import vn.egov.payment.provider.ProviderOrder;

/** The sandbox merchant account, orders and signed gateway messages for NAPAS tests. */
final class NapasFixtures {

    static final String SECRET = "EGOV-NAPAS-SANDBOX-SECRET";
    static final String MERCHANT = "EGOVDANANG";
    static final String ORDER_ID = "EG01HZX5K2M7Q8R9T0V1W2";
    static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    private NapasFixtures() {}

    static NapasProperties properties(String baseUrl) {
        return properties(baseUrl, NapasHashAlgorithm.MD5, null, null);
    }

    static NapasProperties properties(
            String baseUrl, NapasHashAlgorithm algorithm, String previousSecret, Instant previousValidUntil) {
        return new NapasProperties(
                baseUrl,
                MERCHANT,
                "EGOVACCESS",
                SECRET,
                previousSecret,
                previousValidUntil,
                "egov",
                "egov-napas",
                algorithm,
                "http://localhost:8080/api/payments/callbacks/napas/return",
                "http://localhost:8080/api/payments/callbacks/napas/return?cancelled=true",
                "http://localhost:8080/api/public/payments/by-order/NAPAS/{orderId}",
                Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    static ProviderOrder anOrder() {
        return new ProviderOrder(
                UUID.fromString("0b0e7c52-4a8e-4f55-9a7c-3c1f0a7d2e11"),
                ORDER_ID,
                150_000,
                "Lệ phí hồ sơ 000.00.15.H17-261123-0001",
                "000.00.15.H17-261123-0001",
                URI.create("http://localhost:8080/pay/return"),
                URI.create("http://localhost:8080/api/payments/callbacks/napas"),
                "203.113.1.20",
                NOW.minusSeconds(600),
                NOW.plusSeconds(600));
    }

    /** What the gateway sends the payer back with: a paid order, signed with the sandbox secret. */
    static Map<String, String> paidReturn() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vpc_Version", "2.0");
        fields.put("vpc_Command", "pay");
        fields.put("vpc_Merchant", MERCHANT);
        fields.put("vpc_MerchTxnRef", ORDER_ID);
        fields.put("vpc_OrderInfo", "Le phi ho so 000.00.15.H17-261123-0001");
        fields.put("vpc_Amount", "15000000");
        fields.put("vpc_Locale", "vn");
        fields.put("vpc_CurrencyCode", "VND");
        fields.put("vpc_TransactionNo", "1234567");
        fields.put("vpc_ResponseCode", "0");
        fields.put("vpc_Message", "Giao dich thanh cong");
        return fields;
    }

    static Map<String, String> signed(Map<String, String> fields, String secret) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put("vpc_SecureHash", SecureHash.of(NapasHashAlgorithm.MD5, secret, copy));
        return copy;
    }

    static InboundCallback browserReturn(Map<String, String> query) {
        return new InboundCallback(NapasProvider.CODE, InboundCallback.RETURN, query, null, null, "203.113.1.20", NOW);
    }
}
