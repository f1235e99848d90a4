package vn.egov.sandbox.momo;

import java.time.OffsetDateTime;

/**
 * MoMo's answer to a create request.
 *
 * @param code the result code
 * @param responseTime when MoMo answered
 * @param payUrl the payment page, {@code null} unless the code is 0
 * @param deeplink the link that opens the MoMo app, {@code null} unless the code is 0
 * @param qrCodeUrl the content of the QR code to show, {@code null} unless the code is 0
 */
public record MomoCreated(
        MomoResultCode code, OffsetDateTime responseTime, String payUrl, String deeplink, String qrCodeUrl) {

    static MomoCreated refused(MomoResultCode code, OffsetDateTime responseTime) {
        return new MomoCreated(code, responseTime, null, null, null);
    }
}
