package vn.egov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The signature is checked against the value payment-service's own test holds for the same raw string, computed
 * independently (Python's hmac): if the benchmark signed differently, every genuine IPN would be refused.
 */
class MomoIpnTest {

    private static final String RAW = "accessKey=F8BBA842ECF85&amount=200000&extraData=&message=Successful.&orderId="
            + "EGTESTORDER0000000001&orderInfo=Le phi ho so 000.00.15.H17-261123-0001&orderType=momo_wallet"
            + "&partnerCode=MOMO&payType=qr&requestId=5f0c7c1e-3b1a-4a53-9a55-0d6f0e8b2c11"
            + "&responseTime=1764212652000&resultCode=0&transId=4088878653";

    @Test
    void signsOverMomosFieldOrderWithTheSandboxSecret() {
        Map<String, String> ipn = new HashMap<>();
        ipn.put("accessKey", "F8BBA842ECF85");
        ipn.put("amount", "200000");
        ipn.put("extraData", "");
        ipn.put("message", "Successful.");
        ipn.put("orderId", "EGTESTORDER0000000001");
        ipn.put("orderInfo", "Le phi ho so 000.00.15.H17-261123-0001");
        ipn.put("orderType", "momo_wallet");
        ipn.put("partnerCode", "MOMO");
        ipn.put("payType", "qr");
        ipn.put("requestId", "5f0c7c1e-3b1a-4a53-9a55-0d6f0e8b2c11");
        ipn.put("responseTime", "1764212652000");
        ipn.put("resultCode", "0");
        ipn.put("transId", "4088878653");

        assertThat(MomoIpn.raw(ipn)).isEqualTo(RAW);
        assertThat(MomoIpn.sign(MomoIpn.SANDBOX_SECRET_KEY, ipn))
                .isEqualTo("6a1f8a053df42da8e1a7c15cee1c88d0c4af5a72e039d036c5213cf56a334cc7");
    }

    @Test
    void writesThePaidIpnAsMomoPostsItWithTheSignatureLast() {
        MomoIpn ipn = MomoIpn.paid(
                "EGTESTORDER0000000001",
                "5f0c7c1e-3b1a-4a53-9a55-0d6f0e8b2c11",
                200_000,
                "Le phi ho so 000.00.15.H17-261123-0001",
                4088878653L,
                1764212652000L,
                MomoIpn.SANDBOX_SECRET_KEY);

        assertThat(ipn.json())
                .isEqualTo("{\"partnerCode\":\"MOMO\",\"orderId\":\"EGTESTORDER0000000001\","
                        + "\"requestId\":\"5f0c7c1e-3b1a-4a53-9a55-0d6f0e8b2c11\",\"amount\":200000,"
                        + "\"orderInfo\":\"Le phi ho so 000.00.15.H17-261123-0001\",\"orderType\":\"momo_wallet\","
                        + "\"transId\":4088878653,\"resultCode\":0,\"message\":\"Thành công.\",\"payType\":\"qr\","
                        + "\"responseTime\":1764212652000,\"extraData\":\"\",\"signature\":\"" + ipn.signature()
                        + "\"}");
        assertThat(ipn.signature())
                .isEqualTo(MomoIpn.sign(MomoIpn.SANDBOX_SECRET_KEY, ipn.fields()))
                .hasSize(64);
        assertThat(ipn.signedWith(MomoIpn.SANDBOX_SECRET_KEY)).isTrue();
    }

    @Test
    void aTamperedAmountOrAnotherKeyNoLongerVerifies() {
        MomoIpn ipn = MomoIpn.paid("EGORDER", "request", 50_000, "Le phi", 1, 2, MomoIpn.SANDBOX_SECRET_KEY);

        MomoIpn tampered = ipn.withAmount(5_000);
        MomoIpn otherKey = MomoIpn.paid("EGORDER", "request", 50_000, "Le phi", 1, 2, "not-the-secret");

        assertThat(tampered.json()).contains("\"amount\":5000,").contains(ipn.signature());
        assertThat(tampered.signedWith(MomoIpn.SANDBOX_SECRET_KEY)).isFalse();
        assertThat(otherKey.signedWith(MomoIpn.SANDBOX_SECRET_KEY)).isFalse();
    }
}
