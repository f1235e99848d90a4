package vn.egov.sandbox.napas;

import vn.egov.sandbox.payment.Vnd;

/**
 * What the merchant asked for in an accepted pay request.
 *
 * @param version vpc_Version
 * @param merchTxnRef vpc_MerchTxnRef, unique at the gateway
 * @param orderInfo vpc_OrderInfo
 * @param amount vpc_Amount divided by 100
 * @param locale vpc_Locale
 * @param returnUrl vpc_ReturnURL
 * @param backUrl vpc_BackURL
 * @param ticketNo vpc_TicketNo, the payer's IP address
 */
public record NapasPayRequest(
        String version,
        String merchTxnRef,
        String orderInfo,
        Vnd amount,
        String locale,
        String returnUrl,
        String backUrl,
        String ticketNo) {}
