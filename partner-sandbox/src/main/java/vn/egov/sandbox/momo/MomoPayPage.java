package vn.egov.sandbox.momo;

import java.time.OffsetDateTime;

/**
 * What MoMo's payment page shows the payer.
 *
 * @param token the page's token
 * @param storeName the merchant's name
 * @param partnerCode the merchant's partnerCode
 * @param orderId the merchant's orderId
 * @param orderInfo the merchant's description
 * @param amount the amount, VND
 * @param code the order's result code: 1000 while the payer can still choose
 * @param message MoMo's message for the code, in Vietnamese
 * @param expiresAt when the order expires
 */
public record MomoPayPage(
        String token,
        String storeName,
        String partnerCode,
        String orderId,
        String orderInfo,
        long amount,
        MomoResultCode code,
        String message,
        OffsetDateTime expiresAt) {

    /** Whether the payer can still pay or cancel. */
    public boolean awaitingPayer() {
        return code == MomoResultCode.AWAITING_PAYER;
    }
}
