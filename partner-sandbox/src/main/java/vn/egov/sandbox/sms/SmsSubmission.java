package vn.egov.sandbox.sms;

/**
 * One send request as eSMS receives it: every field the raw string the client sent, possibly {@code null}.
 *
 * @param apiKey ApiKey
 * @param secretKey SecretKey
 * @param phone Phone
 * @param content Content
 * @param brandname Brandname
 * @param smsType SmsType ("2" is customer care)
 * @param isUnicode IsUnicode ("1" for accented text)
 * @param sandbox Sandbox ("1" to validate without sending)
 * @param requestId RequestId, the client's idempotency key
 */
public record SmsSubmission(
        String apiKey,
        String secretKey,
        String phone,
        String content,
        String brandname,
        String smsType,
        String isUnicode,
        String sandbox,
        String requestId) {}
