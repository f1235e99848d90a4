package vn.egov.sandbox.momo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * MoMo's HMAC-SHA256 signatures with MoMo's public test credentials. The expected values are known answers computed
 * independently (openssl dgst -sha256 -hmac, Python hmac) over the raw strings written out below.
 */
class MomoSignatureTest {

    private static final String ACCESS_KEY = "F8BBA842ECF85";
    private final MomoSignature signature = new MomoSignature("K951B6PE1waDMi640xX08PD3vg6EkVlz");

    @Test
    void buildsTheCreateRawStringInMomosOrderWithAnEmptyExtraData() {
        String raw = MomoSignature.createRequestRaw(
                ACCESS_KEY,
                50000L,
                "",
                "https://webhook.site/b3088a6a-2d17-4f8d-a383-71389a6c600b",
                "MOMO1540456472575",
                "pay with MoMo",
                "MOMO",
                "https://webhook.site/b3088a6a-2d17-4f8d-a383-71389a6c600b",
                "MOMO1540456472575",
                "captureWallet");

        assertThat(raw)
                .isEqualTo("accessKey=F8BBA842ECF85&amount=50000&extraData="
                        + "&ipnUrl=https://webhook.site/b3088a6a-2d17-4f8d-a383-71389a6c600b"
                        + "&orderId=MOMO1540456472575&orderInfo=pay with MoMo&partnerCode=MOMO"
                        + "&redirectUrl=https://webhook.site/b3088a6a-2d17-4f8d-a383-71389a6c600b"
                        + "&requestId=MOMO1540456472575&requestType=captureWallet");
        assertThat(signature.sign(raw)).isEqualTo("9b374290cf2bb8c1a87acb3d6aa692f4ac5105d5594ecc31027e3e5a39d3b2aa");
    }

    @Test
    void signsTheIpnOverVietnameseTextAsUtf8() {
        String raw = MomoSignature.ipnRaw(
                ACCESS_KEY,
                150000L,
                "",
                "Thành công.",
                "HS-0001",
                "Lệ phí hồ sơ 000.00.15.H17-250310-0001",
                "momo_wallet",
                "MOMO",
                "qr",
                "REQ-1",
                1741572000000L,
                0,
                4000000001L);

        assertThat(signature.sign(raw)).isEqualTo("3ec9ae58ce37587a3dd54c7cc3fe037ad58ad1779f079d84ed5f622f4f36cd5f");
    }

    @Test
    void verifiesOnlyTheExactLowercaseSignature() {
        String raw = MomoSignature.queryRequestRaw(ACCESS_KEY, "HS-0001", "MOMO", "REQ-2");
        String good = signature.sign(raw);

        assertThat(raw).isEqualTo("accessKey=F8BBA842ECF85&orderId=HS-0001&partnerCode=MOMO&requestId=REQ-2");
        assertThat(signature.verifies(raw, good)).isTrue();
        assertThat(signature.verifies(raw + "x", good)).isFalse();
        assertThat(new MomoSignature("another-secret").verifies(raw, good)).isFalse();
        assertThat(signature.verifies(raw, null)).isFalse();
    }

    @Test
    void buildsTheRefundRawStringInMomosOrder() {
        assertThat(MomoSignature.refundRequestRaw(ACCESS_KEY, 50000L, "Hoàn phí", "RF-1", "MOMO", "REQ-3", 4000000001L))
                .isEqualTo("accessKey=F8BBA842ECF85&amount=50000&description=Hoàn phí&orderId=RF-1&partnerCode=MOMO"
                        + "&requestId=REQ-3&transId=4000000001");
    }
}
