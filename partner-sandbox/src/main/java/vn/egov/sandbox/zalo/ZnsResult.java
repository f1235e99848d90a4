package vn.egov.sandbox.zalo;

/**
 * The API's answer to a submission.
 *
 * @param code the result code
 * @param sent the message sent (the earlier one for a repeated tracking_id); {@code null} on a refusal
 * @param quota the quota after sending; {@code null} on a refusal
 */
public record ZnsResult(ZnsCode code, AcceptedZns sent, ZnsQuota quota) {

    static ZnsResult refused(ZnsCode code) {
        return new ZnsResult(code, null, null);
    }
}
