package vn.egov.notification.inbound;

import feign.FeignException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.egov.contracts.codes.DossierCode;
import vn.egov.notification.contact.Contacts;
import vn.egov.notification.contact.DossierContact;
import vn.egov.values.PhoneNumber;

/**
 * The status of a dossier told to whoever knows its code and its applicant's phone, as on the public look-up page:
 * a wrong phone and an unknown code get the same neutral answer, so nobody learns that a code exists.
 */
@Component
public class DossierStatusLookUp {

    private static final Logger log = LoggerFactory.getLogger(DossierStatusLookUp.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The national portal's status names, by code. */
    private static final Map<Integer, String> STATUS_NAMES = Map.of(
            1, "Mới đăng ký",
            2, "Được tiếp nhận",
            3, "Không được tiếp nhận",
            4, "Đang xử lý",
            5, "Yêu cầu bổ sung giấy tờ",
            6, "Chờ nộp phí, lệ phí",
            7, "Đã rút hồ sơ",
            8, "Dừng xử lý",
            9, "Đã có kết quả",
            10, "Đã trả kết quả");

    /** What the applicant must do next, by status code. */
    private static final Map<Integer, String> NEXT_STEPS = Map.of(
            1, "Chờ cơ quan tiếp nhận hồ sơ.",
            2, "Chờ giải quyết, ông/bà không cần làm gì thêm.",
            3, "Xem lý do trên Cổng DVC và nộp lại nếu cần.",
            4, "Chờ kết quả, ông/bà không cần làm gì thêm.",
            5, "Bổ sung giấy tờ trên Cổng DVC hoặc tại bộ phận một cửa.",
            6, "Nộp phí, lệ phí trực tuyến trên Cổng DVC.",
            7, "Không cần làm gì thêm.",
            8, "Liên hệ bộ phận một cửa để biết thêm.",
            9, "Nhận kết quả theo hình thức đã đăng ký.",
            10, "Không cần làm gì thêm.");

    /** The answer to a look-up. */
    public sealed interface Answer {
        String text();
    }

    /** The dossier's status, due date and next step, for its applicant. */
    public record Found(DossierCode code, String text) implements Answer {}

    /** The same words for an unknown code and for a phone that is not the applicant's. */
    public record NotFound(String text) implements Answer {}

    /** dossier-service cannot answer now. */
    public record Unavailable(String text) implements Answer {}

    private final Contacts contacts;

    DossierStatusLookUp(Contacts contacts) {
        this.contacts = contacts;
    }

    public Answer lookUp(DossierCode code, PhoneNumber phone) {
        Optional<DossierContact> contact;
        try {
            contact = contacts.of(code.value());
        } catch (FeignException | IllegalStateException e) {
            log.warn("Status look-up of {} failed: {}", code.value(), e.getMessage());
            return new Unavailable("Hệ thống tra cứu đang bận, ông/bà vui lòng thử lại sau ít phút.");
        }
        boolean applicant = contact.flatMap(c -> PhoneNumber.tryParse(c.phone()))
                .map(phone::equals)
                .orElse(false);
        if (!applicant) {
            return new NotFound(notFound(code));
        }
        return new Found(code, describe(contact.get()));
    }

    static String notFound(DossierCode code) {
        return "Không tìm thấy hồ sơ " + code.value() + " với số điện thoại này. Vui lòng kiểm tra mã hồ sơ và số"
                + " điện thoại đã khai khi nộp.";
    }

    static String describe(DossierContact contact) {
        Integer statusCode = contact.statusCode();
        String status = statusCode == null ? contact.status() : STATUS_NAMES.getOrDefault(statusCode, contact.status());
        StringBuilder text = new StringBuilder("Hồ sơ ")
                .append(contact.dossierCode())
                .append(": ")
                .append(status)
                .append('.');
        dueDate(contact.dueDate())
                .ifPresent(due -> text.append(" Hẹn trả: ").append(due).append('.'));
        String next = statusCode == null ? null : NEXT_STEPS.get(statusCode);
        if (next != null) {
            text.append(' ').append(next);
        }
        return text.toString();
    }

    private static Optional<String> dueDate(String iso) {
        if (iso == null || iso.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso.substring(0, 10)).format(DAY));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
