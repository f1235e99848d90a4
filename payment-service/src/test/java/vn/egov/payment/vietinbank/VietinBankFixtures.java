package vn.egov.payment.vietinbank;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.payment.provider.InboundCallback;
import vn.egov.payment.provider.ProviderOrder;
import vn.egov.payment.provider.Signatures;

/** Key pairs made for the tests, the sandbox account, and notifications signed as the bank signs them. */
final class VietinBankFixtures {

    static final KeyPair BANK = keyPair();
    static final KeyPair BANK_BEFORE_ROTATION = keyPair();
    static final KeyPair OURS = keyPair();
    static final String ACCOUNT = "113000006688";
    static final String REFERENCE = "EG01HZX5K2M7Q8R9T0V1W2";
    /** 2026-12-07 10:00 in Ho Chi Minh City. */
    static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    static final JsonMapper JSON = JsonMapper.builder().build();

    private VietinBankFixtures() {}

    static VietinBankProperties properties(String baseUrl) {
        return properties(baseUrl, null, null);
    }

    static VietinBankProperties properties(String baseUrl, String previousBankKey, Instant previousValidUntil) {
        return new VietinBankProperties(
                baseUrl,
                "EGOVDN",
                "EGOVDN",
                "EGOVDN",
                ACCOUNT,
                "970415",
                "egov-client-id",
                "egov-client-secret",
                pem("PUBLIC KEY", BANK.getPublic().getEncoded()),
                previousBankKey,
                previousValidUntil,
                pem("PRIVATE KEY", OURS.getPrivate().getEncoded()),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static ProviderOrder anOrder(Instant createdAt, Instant expiresAt) {
        return new ProviderOrder(
                UUID.fromString("0b0e7c52-4a8e-4f55-9a7c-3c1f0a7d2e11"),
                REFERENCE,
                150_000,
                "Lệ phí hồ sơ 000.00.15.H17-261123-0001",
                "000.00.15.H17-261123-0001",
                URI.create("http://localhost:8080/pay/return"),
                URI.create("http://localhost:8080/api/payments/callbacks/vietinbank"),
                "203.113.1.20",
                createdAt,
                expiresAt);
    }

    /** A credit of 150 000 VND to our account carrying the reference, unsigned. */
    static ObjectNode aCredit() {
        ObjectNode credit = JSON.createObjectNode();
        credit.put("msgId", "MSG0001");
        credit.put("providerId", "EGOVDN");
        credit.put("transId", "VTB2026120700001");
        credit.put("transTime", "20261207095512");
        credit.put("transType", "C");
        credit.put("amount", "150000");
        credit.put("remark", "MBVCB.3312456." + REFERENCE + ".CT tu 0123456789 NGUYEN VAN A");
        credit.put("currencyCode", "VND");
        credit.put("custCode", "EGOVDN");
        credit.put("sendBankId", "970436");
        credit.put("recvAcctId", ACCOUNT);
        credit.put("recvVirtualAcctId", "");
        credit.put("bankTransId", "FT26341000123");
        return credit;
    }

    /** Signs the notification as the bank does, over its fields as they now are. */
    static ObjectNode signedBy(KeyPair key, ObjectNode credit) {
        String text = String.join(
                "",
                credit.path("transId").asString(),
                credit.path("transTime").asString(),
                credit.path("custCode").asString(),
                credit.path("amount").asString(),
                credit.path("bankTransId").asString(),
                credit.path("remark").asString());
        credit.put("signature", Signatures.rsaSha256Base64(key.getPrivate(), text));
        return credit;
    }

    static InboundCallback notification(String body) {
        return new InboundCallback(
                VietinBankProvider.CODE,
                InboundCallback.NOTIFICATION,
                java.util.Map.of(),
                body.getBytes(StandardCharsets.UTF_8),
                "application/json",
                "10.0.0.7",
                NOW);
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
