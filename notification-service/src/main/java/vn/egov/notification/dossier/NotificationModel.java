package vn.egov.notification.dossier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.egov.notification.contact.DossierContact;

/**
 * The variables every dossier template can use, formatted the way Vietnamese readers expect ({@code 20/03/2026},
 * {@code 09:15 23/11/2026}, {@code 1.200.000 đồng}). What the event says wins over what dossier-service says now (the
 * due date of an acceptance is the one the event announced); personal data only ever comes from the contact.
 *
 * <p>Variables whose name ends in {@code Text} are never blank: ZNS refuses a template message with an empty
 * parameter, so they carry a Vietnamese fallback where the plain variable is {@code null}.
 */
final class NotificationModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** Shown (and sent to ZNS, which refuses blank parameters) while the dossier has no due date yet. */
    static final String NO_DUE_DATE = "sẽ được thông báo sau";
    /** Shown when an event gives no reason, e.g. a refusal recorded without one. */
    static final String NO_REASON = "xem chi tiết trên Cổng Dịch vụ công";
    /** Shown when dossier-service does not tell the amount to pay. */
    static final String NO_AMOUNT = "theo thông báo trên Cổng Dịch vụ công";
    /** Shown when a payment event names no receipt. */
    static final String NO_RECEIPT = "xem trên Cổng Dịch vụ công";

    /**
     * The national portal's names of the dossier statuses, by their numeric code (1 to 10), as applicants see them on
     * the portal.
     */
    private static final Map<Integer, String> STATUS_NAMES = Map.of(
            1, "Mới đăng ký",
            2, "Được tiếp nhận",
            3, "Không được tiếp nhận",
            4, "Đang xử lý",
            5, "Yêu cầu bổ sung giấy tờ",
            6, "Yêu cầu thực hiện nghĩa vụ tài chính",
            7, "Công dân yêu cầu rút hồ sơ",
            8, "Dừng xử lý",
            9, "Đã xử lý xong",
            10, "Đã trả kết quả");

    /** How applicants know the payment providers, by the provider codes of payment events. */
    private static final Map<String, String> PROVIDER_NAMES = Map.of(
            "MOMO", "ví MoMo",
            "NAPAS", "thẻ ATM/Internet Banking qua NAPAS",
            "VIETINBANK", "chuyển khoản VietinBank (VietQR)");

    private NotificationModel() {}

    /**
     * The amount is the event's (what was paid or refunded) when it has one, else what dossier-service says is owed.
     *
     * @param dossierCode the dossier the event is about
     * @param contact what dossier-service told about it
     * @param eventData the event's data, as published (available to templates as {@code data})
     * @param occurredAt when the event happened
     * @param portalUrl where applicants follow, supplement and pay for their dossiers online
     */
    static Map<String, Object> of(
            String dossierCode,
            DossierContact contact,
            Map<String, Object> eventData,
            OffsetDateTime occurredAt,
            ZoneId zone,
            String portalUrl) {
        Optional<LocalDate> dueDate = date(eventData.get("dueDate"), zone).or(() -> date(contact.dueDate(), zone));
        Optional<LocalDate> newDueDate = date(eventData.get("newDueDate"), zone);
        Optional<String> reason = text(eventData.get("reason"));
        Optional<String> amount = (eventData.get("amount") instanceof Number paid
                        ? Optional.of(paid.longValue())
                        : Optional.ofNullable(contact.amountDue()).or(() -> Optional.ofNullable(contact.feeTotal())))
                .filter(fee -> fee > 0)
                .map(fee -> NumberFormat.getIntegerInstance(VIETNAMESE).format(fee) + " đồng");
        Optional<String> receiptNumber = text(eventData.get("receiptNumber"));
        Optional<String> receiptUrl = text(eventData.get("paymentId"))
                .map(payment -> portalUrl.replaceAll("/+$", "") + "/api/payments/"
                        + URLEncoder.encode(payment, StandardCharsets.UTF_8) + "/receipt");
        Integer statusCode =
                eventData.get("statusCode") instanceof Number code ? code.intValue() : contact.statusCode();
        Map<String, Object> model = new HashMap<>();
        model.put("dossierCode", dossierCode);
        model.put("procedureCode", contact.procedureCode());
        model.put("procedureName", contact.procedureName());
        model.put("agencyName", contact.agencyName());
        model.put("fullName", contact.fullName());
        model.put("status", contact.status());
        model.put("statusName", statusCode == null ? null : STATUS_NAMES.get(statusCode));
        model.put("dueDate", dueDate.map(DATE::format).orElse(null));
        model.put("dueDateText", dueDate.map(DATE::format).orElse(NO_DUE_DATE));
        model.put("newDueDate", newDueDate.map(DATE::format).orElse(null));
        model.put("newDueDateText", newDueDate.map(DATE::format).orElse(NO_DUE_DATE));
        model.put("reason", reason.orElse(null));
        model.put("reasonText", reason.orElse(NO_REASON));
        model.put("amount", amount.orElse(null));
        model.put("amountText", amount.orElse(NO_AMOUNT));
        model.put("receiptNumber", receiptNumber.orElse(null));
        model.put("receiptNumberText", receiptNumber.orElse(NO_RECEIPT));
        model.put("receiptUrl", receiptUrl.orElse(null));
        model.put(
                "providerName",
                text(eventData.get("provider"))
                        .map(code -> PROVIDER_NAMES.getOrDefault(code, code))
                        .orElse(null));
        model.put("portalUrl", portalUrl);
        model.put("occurredAt", TIME.format(occurredAt.atZoneSameInstant(zone)));
        model.put("data", eventData);
        return model;
    }

    private static Optional<String> text(Object value) {
        return value instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }

    private static Optional<LocalDate> date(Object value, ZoneId zone) {
        if (!(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            try {
                return Optional.of(
                        OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate());
            } catch (DateTimeParseException notATime) {
                return Optional.empty();
            }
        }
    }
}
