package vn.egov.web.view;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the templates call as {@code ${@fmt.…}}: money in đồng with Vietnamese digit grouping, dates as
 * {@code dd/MM/yyyy}, times in the city's zone, and the Vietnamese names of the platform's codes.
 */
@Component("fmt")
public class Formats {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    /** {@code 1250000} → {@code 1.250.000 đ}; zero → {@code Miễn phí}. */
    public String money(@Nullable Number amount) {
        if (amount == null) {
            return "";
        }
        if (amount.longValue() == 0) {
            return "Miễn phí";
        }
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(amount.longValue()) + " đ";
    }

    /** A share between 0 and 1 as a percentage with one decimal: {@code 0.4567} → {@code 45,7 %}. */
    public String percent(@Nullable Number share) {
        if (share == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(share.doubleValue() * 100 % 1 == 0 ? 0 : 1);
        return format.format(share.doubleValue() * 100) + " %";
    }

    public String number(@Nullable Number value) {
        return value == null ? "—" : NumberFormat.getIntegerInstance(VIETNAMESE).format(value.longValue());
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(@Nullable OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(CITY));
    }

    /** A Vietnamese number as people write it: {@code +84905123456} → {@code 0905123456}. */
    public String phone(@Nullable String e164) {
        if (e164 == null) {
            return "";
        }
        return e164.startsWith("+84") ? "0" + e164.substring(3) : e164;
    }

    /** The ISO form for {@code <time datetime>}. */
    public String iso(@Nullable Object time) {
        return time == null ? "" : time.toString();
    }

    public String status(@Nullable String code) {
        return label(Labels.STATUS, code);
    }

    public String history(@Nullable String code) {
        return label(Labels.HISTORY, code);
    }

    public String agencyLevel(@Nullable String code) {
        return label(Labels.AGENCY_LEVEL, code);
    }

    public String serviceLevel(@Nullable Object level) {
        return level == null ? "" : label(Labels.SERVICE_LEVEL, level.toString());
    }

    public String delivery(@Nullable String code) {
        return label(Labels.DELIVERY, code);
    }

    public String notify(@Nullable String code) {
        return label(Labels.NOTIFY, code);
    }

    public String paymentStatus(@Nullable String code) {
        return label(Labels.PAYMENT_STATUS, code);
    }

    public String provider(@Nullable String code) {
        return label(Labels.PROVIDER, code);
    }

    public String documentForm(@Nullable String code) {
        return label(Labels.DOCUMENT_FORM, code);
    }

    public String role(@Nullable String code) {
        return label(Labels.ROLE, code);
    }

    /** A CSS modifier for a status badge: open, waiting for the citizen, done or ended. */
    public String statusTone(@Nullable String code) {
        if (code == null) {
            return "neutral";
        }
        return switch (code) {
            case "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT" -> "action";
            case "PROCESSED", "RESULT_RETURNED" -> "done";
            case "NOT_ACCEPTED", "WITHDRAWN", "STOPPED" -> "ended";
            default -> "open";
        };
    }

    private static String label(Map<String, String> labels, @Nullable String code) {
        if (code == null) {
            return "";
        }
        return labels.getOrDefault(code, code);
    }
}
