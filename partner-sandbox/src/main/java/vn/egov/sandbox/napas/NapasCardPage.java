package vn.egov.sandbox.napas;

/**
 * What the NAPAS card page shows the payer.
 *
 * @param token the page's token
 * @param merchant vpc_Merchant
 * @param merchTxnRef vpc_MerchTxnRef
 * @param orderInfo vpc_OrderInfo
 * @param amount the amount, VND
 * @param awaitingPayer whether the payer can still act
 */
public record NapasCardPage(
        String token, String merchant, String merchTxnRef, String orderInfo, long amount, boolean awaitingPayer) {}
