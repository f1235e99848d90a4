package vn.egov.sandbox.zalo.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import vn.egov.sandbox.zalo.ZnsCode;
import vn.egov.sandbox.zalo.ZnsResult;

/**
 * ZNS's result body: {@code {"error":0,"message":"Success","data":{"msg_id":...,"sent_time":...,"quota":{...}}}} on
 * success, {@code {"error":-124,"message":"Access token invalid"}} on a refusal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ZnsResponse(int error, String message, Data data) {

    static ZnsResponse from(ZnsResult result) {
        if (result.sent() == null) {
            return refused(result.code());
        }
        return new ZnsResponse(
                result.code().error(),
                result.code().message(),
                new Data(
                        result.sent().msgId(),
                        // ZNS gives sent_time as epoch milliseconds in a string.
                        Long.toString(result.sent().sentAt().toInstant().toEpochMilli()),
                        new Quota(
                                Integer.toString(result.quota().dailyQuota()),
                                Integer.toString(result.quota().remainingQuota()))));
    }

    static ZnsResponse refused(ZnsCode code) {
        return new ZnsResponse(code.error(), code.message(), null);
    }

    record Data(
            @JsonProperty("msg_id") String msgId,
            @JsonProperty("sent_time") String sentTime,
            @JsonProperty("quota") Quota quota) {}

    record Quota(
            @JsonProperty("dailyQuota") String dailyQuota, @JsonProperty("remainingQuota") String remainingQuota) {}
}
