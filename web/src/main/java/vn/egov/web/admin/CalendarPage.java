package vn.egov.web.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.view.FormErrors;

/**
 * The working calendar deadlines are counted on ({@code /api/calendar}): Monday to Friday, except the year's days off
 * (public holidays on weekdays) and with the make-up days (weekend days worked for a bridge holiday). Administrators
 * list a year's exceptions, add one and remove one.
 */
@Controller
@RequestMapping("/quan-tri/lich")
class CalendarPage {

    private static final Logger log = LoggerFactory.getLogger(CalendarPage.class);
    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Map<String, String> KINDS = Map.of("HOLIDAY", "Ngày nghỉ", "WORKING_DAY", "Ngày làm bù");

    private final CatalogueAdmin admin;

    CalendarPage(CatalogueAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    String year(@RequestParam(name = "nam", required = false) @Nullable Integer year, Model model) {
        int chosen =
                year == null || year < 2000 || year > 2100 ? LocalDate.now(CITY).getYear() : year;
        return page(model, chosen, new FormErrors(), "", "HOLIDAY", "");
    }

    @PostMapping
    String add(
            @RequestParam(name = "date", defaultValue = "") String date,
            @RequestParam(name = "kind", defaultValue = "") String kind,
            @RequestParam(name = "name", defaultValue = "") String name,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate day = RulesForm.date(date.strip());
        if (day == null) {
            errors.add("date", "Ngày", "Ngày có dạng năm-tháng-ngày, ví dụ 2027-04-30.");
        }
        if (!KINDS.containsKey(kind)) {
            errors.add("kind", "Loại ngày", "Chọn ngày nghỉ hoặc ngày làm bù.");
        } else if (day != null) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if ("HOLIDAY".equals(kind) && weekend) {
                errors.add("kind", "Loại ngày", "Ngày này là thứ Bảy hoặc Chủ nhật, vốn đã được nghỉ.");
            } else if ("WORKING_DAY".equals(kind) && !weekend) {
                errors.add("kind", "Loại ngày", "Ngày làm bù là một ngày thứ Bảy hoặc Chủ nhật.");
            }
        }
        if (name.isBlank()) {
            errors.add("name", "Tên ngày", "Ghi tên ngày, ví dụ “Nghỉ Tết Nguyên đán”.");
        } else if (name.strip().length() > 200) {
            errors.add("name", "Tên ngày", "Tên ngày tối đa 200 ký tự.");
        }
        int year = day == null ? LocalDate.now(CITY).getYear() : day.getYear();
        if (errors.isEmpty()) {
            try {
                admin.setDay(day, kind, name.strip());
                redirect.addFlashAttribute(
                        "notice",
                        "Đã lưu " + KINDS.get(kind).toLowerCase(java.util.Locale.ROOT) + " " + shown(day) + ".");
                return "redirect:/quan-tri/lich?nam=" + year;
            } catch (ApiProblem refused) {
                log.info("Calendar day {} refused: {} {}", day, refused.slug(), refused.detail());
                errors = AdminErrors.of(refused, field -> field);
            }
        }
        return page(model, year, errors, date.strip(), kind, name.strip());
    }

    @PostMapping("/{date}/xoa")
    String remove(@PathVariable String date, RedirectAttributes redirect) {
        LocalDate day = RulesForm.date(date);
        if (day == null) {
            return "redirect:/quan-tri/lich";
        }
        try {
            admin.removeDay(day);
            redirect.addFlashAttribute(
                    "notice", "Đã xoá ngày " + shown(day) + " khỏi lịch; ngày đó trở lại như thường lệ.");
        } catch (ApiProblem refused) {
            if (!refused.isNotFound()) {
                throw refused;
            }
            redirect.addFlashAttribute("notice", "Ngày " + shown(day) + " không còn trong lịch.");
        }
        return "redirect:/quan-tri/lich?nam=" + day.getYear();
    }

    private String page(Model model, int year, FormErrors errors, String date, String kind, String name) {
        model.addAttribute("calendar", admin.calendar(year));
        model.addAttribute("year", year);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("errors", errors);
        model.addAttribute("date", date);
        model.addAttribute("kind", kind);
        model.addAttribute("name", name);
        return "admin/calendar";
    }

    private static String shown(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
