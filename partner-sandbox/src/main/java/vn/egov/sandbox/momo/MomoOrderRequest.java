package vn.egov.sandbox.momo;

import vn.egov.sandbox.payment.Vnd;

/**
 * What the merchant asked for in an accepted create request.
 *
 * @param partnerCode partnerCode
 * @param requestId requestId
 * @param orderId orderId, unique at MoMo
 * @param amount amount
 * @param orderInfo orderInfo, shown to the payer
 * @param redirectUrl where the payer's browser goes back
 * @param ipnUrl where MoMo posts the IPN
 * @param extraData extraData, returned as given, {@code ""} when absent
 * @param lang {@code vi} or {@code en}, the language of MoMo's messages
 */
public record MomoOrderRequest(
        String partnerCode,
        String requestId,
        String orderId,
        Vnd amount,
        String orderInfo,
        String redirectUrl,
        String ipnUrl,
        String extraData,
        String lang) {}
