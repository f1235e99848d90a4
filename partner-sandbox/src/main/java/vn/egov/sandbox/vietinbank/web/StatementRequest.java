package vn.egov.sandbox.vietinbank.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.egov.sandbox.vietinbank.StatementInquiry;

/** Body of {@code POST /erp/v1/statement/inquiry}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record StatementRequest(
        String requestId,
        String providerId,
        String merchantId,
        String account,
        String fromDate,
        String toDate,
        String signature) {

    StatementInquiry toInquiry(String clientId, String clientSecret) {
        return new StatementInquiry(
                clientId, clientSecret, requestId, providerId, merchantId, account, fromDate, toDate, signature);
    }
}
