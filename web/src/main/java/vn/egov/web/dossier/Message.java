package vn.egov.web.dossier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message sent to the applicant about a dossier, as notification-service's delivery log gives it ({@code GET
 * /api/notifications?dossierCode=}, the applicant and officers of the agency): what caused it, the channel, the masked recipient,
 * and whether the provider took and delivered it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Message(
        String eventType,
        String channel,
        String recipient,
        String status,
        int attempts,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime sentAt,
        @Nullable String receipt) {

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("submitted", "Đã nộp hồ sơ"),
            Map.entry("accepted", "Tiếp nhận hồ sơ"),
            Map.entry("not-accepted", "Từ chối tiếp nhận"),
            Map.entry("processing-started", "Chuyển xử lý"),
            Map.entry("supplement-requested", "Yêu cầu bổ sung"),
            Map.entry("supplemented", "Đã bổ sung hồ sơ"),
            Map.entry("payment-requested", "Yêu cầu nộp phí, lệ phí"),
            Map.entry("payment-received", "Đã nhận phí, lệ phí"),
            Map.entry("processed", "Đã có kết quả"),
            Map.entry("result-returned", "Trả kết quả"),
            Map.entry("withdrawn", "Rút hồ sơ"),
            Map.entry("stopped", "Dừng xử lý"),
            Map.entry("overdue", "Hồ sơ quá hạn"),
            Map.entry("apology-issued", "Thư xin lỗi, hẹn lại ngày trả"),
            Map.entry("succeeded", "Thanh toán thành công"),
            Map.entry("failed", "Thanh toán không thành công"),
            Map.entry("refunded", "Hoàn phí"));

    private static final Map<String, String> STATUSES =
            Map.of("PENDING", "Đang chờ gửi", "SENT", "Đã gửi", "FAILED", "Gửi không thành công");

    /** The event in Vietnamese. */
    public String what() {
        String name = eventType.substring(eventType.lastIndexOf('.') + 1);
        return EVENTS.getOrDefault(name, eventType);
    }

    /** Where it stands, in Vietnamese: the provider's delivery report when there is one. */
    public String outcome() {
        if ("DELIVERED".equals(receipt)) {
            return "Đã đến người nhận";
        }
        if ("UNDELIVERED".equals(receipt)) {
            return "Không đến được người nhận";
        }
        return STATUSES.getOrDefault(status, status);
    }

    /** One page of the log. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<Message> items) {

        public Page {
            items = items == null ? List.of() : items;
        }
    }
}
