package vn.egov.sandbox.sms.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import vn.egov.sandbox.sms.EsmsCode;
import vn.egov.sandbox.sms.EsmsResult;

/**
 * eSMS's result body: {@code {"CodeResult":"100","CountRegenerate":0,"SMSID":"..."}} on success,
 * {@code {"CodeResult":"101","CountRegenerate":0,"ErrorMessage":"Authorize Failed"}} on a refusal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EsmsResponse(
        @JsonProperty("CodeResult") String codeResult,
        @JsonProperty("CountRegenerate") int countRegenerate,
        @JsonProperty("SMSID") String smsId,
        @JsonProperty("ErrorMessage") String errorMessage,
        @JsonProperty("SendStatus") String sendStatus) {

    static EsmsResponse from(EsmsResult result) {
        // eSMS's sample for 124 carries SendStatus "5"; the SMSID of the first message is a sandbox addition that
        // lets an adapter record the receipt of a retried send.
        String sendStatus = result.code() == EsmsCode.DUPLICATE_REQUEST_ID ? "5" : null;
        return new EsmsResponse(
                result.code().code(), 0, result.smsId(), result.code().errorMessage(), sendStatus);
    }
}
