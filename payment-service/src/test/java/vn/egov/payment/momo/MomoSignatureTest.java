package vn.egov.payment.momo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected values were computed independently (Python's hmac) over the raw strings MoMo's documentation defines. */
class MomoSignatureTest {

    private static final String SANDBOX_SECRET = "K951B6PE1waDMi640xX08PD3vg6EkVlz";

    @Test
    void signsAnIpnOverMomosFieldOrder() {
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

        assertThat(MomoSignature.raw(MomoSignature.IPN, ipn))
                .isEqualTo("accessKey=F8BBA842ECF85&amount=200000&extraData=&message=Successful.&orderId="
                        + "EGTESTORDER0000000001&orderInfo=Le phi ho so 000.00.15.H17-261123-0001&orderType=momo_wallet"
                        + "&partnerCode=MOMO&payType=qr&requestId=5f0c7c1e-3b1a-4a53-9a55-0d6f0e8b2c11"
                        + "&responseTime=1764212652000&resultCode=0&transId=4088878653");
        assertThat(MomoSignature.sign(SANDBOX_SECRET, MomoSignature.IPN, ipn))
                .isEqualTo("6a1f8a053df42da8e1a7c15cee1c88d0c4af5a72e039d036c5213cf56a334cc7");
    }

    @Test
    void signsACreateRequestOverMomosFieldOrderWhateverTheMapOrder() {
        Map<String, String> create = new HashMap<>();
        create.put("requestType", "captureWallet");
        create.put("requestId", "req-1");
        create.put("redirectUrl", "https://egov.danang.gov.vn/r");
        create.put("partnerCode", "MOMO");
        create.put("orderInfo", "Le phi ho so");
        create.put("orderId", "EGTESTORDER0000000001");
        create.put("ipnUrl", "https://egov.danang.gov.vn/api/payments/callbacks/momo");
        create.put("extraData", "");
        create.put("amount", "50000");
        create.put("accessKey", "F8BBA842ECF85");

        assertThat(MomoSignature.sign(SANDBOX_SECRET, MomoSignature.CREATE, create))
                .isEqualTo("548bda75e122585e4b7f9763ae024ef029d739d1e4673ebac1c036697a784d3b");
    }
}
