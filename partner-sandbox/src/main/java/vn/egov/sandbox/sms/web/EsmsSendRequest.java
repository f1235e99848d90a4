package vn.egov.sandbox.sms.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import vn.egov.sandbox.sms.SmsSubmission;

/**
 * Body of {@code SendMultipleMessage_V4_post_json}, field names as eSMS spells them. Fields the simulator does not act
 * on (campaignid, SendDate) are accepted and ignored; CallbackUrl gets the delivery report.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record EsmsSendRequest(
        @JsonProperty("ApiKey") String apiKey,
        @JsonProperty("SecretKey") String secretKey,
        @JsonProperty("Phone") String phone,
        @JsonProperty("Content") String content,
        @JsonProperty("Brandname") String brandname,
        @JsonProperty("SmsType") String smsType,
        @JsonProperty("IsUnicode") String isUnicode,
        @JsonProperty("Sandbox") String sandbox,
        @JsonProperty("RequestId") String requestId,
        @JsonProperty("CallbackUrl") String callbackUrl) {

    SmsSubmission toSubmission() {
        return new SmsSubmission(apiKey, secretKey, phone, content, brandname, smsType, isUnicode, sandbox, requestId);
    }
}
