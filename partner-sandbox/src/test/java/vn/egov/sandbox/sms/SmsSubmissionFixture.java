package vn.egov.sandbox.sms;

/** A valid customer-care submission for the default sandbox account, changed one field at a time by tests. */
final class SmsSubmissionFixture {

    private String apiKey = "sandbox-sms-key";
    private String secretKey = "sandbox-sms-secret";
    private String phone = "0905123456";
    private String content = "Ho so 000.00.15.H17-250310-0001 da duoc tiep nhan";
    private String brandname = "EGOV-DN";
    private String smsType = "2";
    private String isUnicode = "0";
    private String sandbox = "0";
    private String requestId = null;

    static SmsSubmissionFixture anSms() {
        return new SmsSubmissionFixture();
    }

    SmsSubmissionFixture apiKey(String value) {
        apiKey = value;
        return this;
    }

    SmsSubmissionFixture secretKey(String value) {
        secretKey = value;
        return this;
    }

    SmsSubmissionFixture phone(String value) {
        phone = value;
        return this;
    }

    SmsSubmissionFixture content(String value) {
        content = value;
        return this;
    }

    SmsSubmissionFixture brandname(String value) {
        brandname = value;
        return this;
    }

    SmsSubmissionFixture smsType(String value) {
        smsType = value;
        return this;
    }

    SmsSubmissionFixture isUnicode(String value) {
        isUnicode = value;
        return this;
    }

    SmsSubmissionFixture sandbox(String value) {
        sandbox = value;
        return this;
    }

    SmsSubmissionFixture requestId(String value) {
        requestId = value;
        return this;
    }

    SmsSubmission build() {
        return new SmsSubmission(apiKey, secretKey, phone, content, brandname, smsType, isUnicode, sandbox, requestId);
    }
}
