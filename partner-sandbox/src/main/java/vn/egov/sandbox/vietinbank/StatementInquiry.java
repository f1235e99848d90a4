package vn.egov.sandbox.vietinbank;

/**
 * A statement inquiry as VietinBank's API gateway receives it, fields as sent, possibly {@code null}.
 *
 * @param clientId the {@code x-ibm-client-id} header
 * @param clientSecret the {@code x-ibm-client-secret} header
 * @param requestId requestId
 * @param providerId providerId
 * @param merchantId merchantId
 * @param account the account whose credits are asked for
 * @param fromDate first day, {@code yyyy-MM-dd}
 * @param toDate last day, {@code yyyy-MM-dd}
 * @param signature base64 SHA256withRSA over requestId+providerId+merchantId+account by the platform
 */
public record StatementInquiry(
        String clientId,
        String clientSecret,
        String requestId,
        String providerId,
        String merchantId,
        String account,
        String fromDate,
        String toDate,
        String signature) {}
