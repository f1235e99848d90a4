package vn.egov.sandbox.sms;

/**
 * The gateway's answer to a submission.
 *
 * @param code the result code
 * @param smsId the SMSID of the accepted message (also given with a duplicate RequestId), else {@code null}
 */
public record EsmsResult(EsmsCode code, String smsId) {

    static EsmsResult refused(EsmsCode code) {
        return new EsmsResult(code, null);
    }
}
