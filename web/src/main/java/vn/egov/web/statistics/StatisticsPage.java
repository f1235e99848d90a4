package vn.egov.web.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.web.catalogue.Agency;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.security.AccessTokens;
import vn.egov.web.security.SignedInUser;
import vn.egov.web.view.FormErrors;
import vn.egov.web.view.Labels;

/**
 * The statistics of dossiers for officers and administrators: received, share submitted online, processed on time
 * and late, for a period of months, a tier and an agency, with the same figures by month, by tier and by agency. The
 * tables are the page; the charts drawn over them by a local script only repeat them.
 */
@Controller
class StatisticsPage {

    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The longest period shown month by month. */
    static final int MOST_MONTHS = 24;

    private final DossierStatistics statistics;

    StatisticsPage(DossierStatistics statistics) {
        this.statistics = statistics;
    }

    /**
     * Without any parameter, the year so far of the officer's own agency (or of every agency for an administrator);
     * an empty {@code coQuan} means every agency.
     */
    @GetMapping("/thong-ke")
    String statistics(
            @RequestParam(name = "tu", required = false) @Nullable String from,
            @RequestParam(name = "den", required = false) @Nullable String to,
            @RequestParam(name = "cap", required = false) @Nullable String tier,
            @RequestParam(name = "coQuan", required = false) @Nullable String agencyCode,
            Model model) {
        YearMonth thisMonth = YearMonth.now(CITY);
        boolean firstVisit = from == null && to == null && tier == null && agencyCode == null;
        String typedFrom = from == null ? thisMonth.withMonth(1).toString() : from.strip();
        String typedTo = to == null ? thisMonth.toString() : to.strip();
        String wantedTier = tier != null && Labels.AGENCY_LEVEL.containsKey(tier) ? tier : null;
        String wantedAgency = agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip();
        if (firstVisit) {
            wantedAgency = AccessTokens.signedInUser()
                    .filter(SignedInUser::isOfficer)
                    .map(SignedInUser::agency)
                    .orElse(null);
        }
        List<Agency> agencies = statistics.agencies();
        FormErrors errors = new FormErrors();
        YearMonth start = month(typedFrom, "tu", "Từ tháng", errors);
        YearMonth end = month(typedTo, "den", "Đến tháng", errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add("den", "Đến tháng", "Tháng kết thúc phải từ tháng bắt đầu trở đi.");
            } else if (ChronoUnit.MONTHS.between(start, end) >= MOST_MONTHS) {
                errors.add("den", "Đến tháng", "Mỗi lần xem tối đa " + MOST_MONTHS + " tháng.");
            }
        }
        String agency = wantedAgency;
        if (agency != null && agencies.stream().noneMatch(known -> known.code().equals(agency))) {
            errors.add("coQuan", "Cơ quan", "Không có cơ quan có mã này; hãy chọn trong danh sách.");
        }
        if (errors.isEmpty()) {
            try {
                model.addAttribute(
                        "report", statistics.report(new StatisticsFilter(start, end, wantedTier, agency), agencies));
            } catch (ApiProblem refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                refusal(refused, errors);
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("period", start == null || end == null ? "" : period(start, end));
        model.addAttribute("from", typedFrom);
        model.addAttribute("to", typedTo);
        model.addAttribute("tier", wantedTier);
        model.addAttribute("agencyCode", agency);
        model.addAttribute("agencyName", agencyName(agencies, agency));
        model.addAttribute("agencies", agencies);
        model.addAttribute("tiers", DossierStatistics.TIERS);
        return "statistics";
    }

    /** "Tháng 3/2026", or "Từ tháng 1/2026 đến tháng 12/2026". */
    static String period(YearMonth start, YearMonth end) {
        String first = start.getMonthValue() + "/" + start.getYear();
        return start.equals(end)
                ? "Tháng " + first
                : "Từ tháng " + first + " đến tháng " + end.getMonthValue() + "/" + end.getYear();
    }

    private static @Nullable YearMonth month(String typed, String field, String label, FormErrors errors) {
        try {
            YearMonth month = YearMonth.parse(typed);
            if (month.getYear() < 2000
                    || month.isAfter(YearMonth.from(LocalDate.now(CITY)).plusYears(1))) {
                errors.add(field, label, "Hãy chọn một tháng từ năm 2000 đến nay.");
                return null;
            }
            return month;
        } catch (DateTimeParseException e) {
            errors.add(field, label, "Tháng có dạng năm-tháng, ví dụ 2026-01.");
            return null;
        }
    }

    /** The statistics API's refusal, on the field it names. */
    private static void refusal(ApiProblem refused, FormErrors errors) {
        for (ApiProblem.FieldProblem problem : refused.errors()) {
            switch (problem.field()) {
                case "agencyLevel" -> errors.add("cap", "Cấp cơ quan", "Cấp cơ quan không hợp lệ.");
                case "from" -> errors.add("tu", "Từ tháng", "Tháng bắt đầu không hợp lệ.");
                case "to" -> errors.add("den", "Đến tháng", "Khoảng thời gian không hợp lệ: tối đa năm năm.");
                default -> errors.addGlobal("Bộ lọc chưa hợp lệ (mã tra cứu lỗi " + refused.correlationId() + ").");
            }
        }
        if (errors.isEmpty()) {
            errors.addGlobal("Bộ lọc chưa hợp lệ (mã tra cứu lỗi " + refused.correlationId() + ").");
        }
    }

    private static @Nullable String agencyName(List<Agency> agencies, @Nullable String code) {
        return agencies.stream()
                .filter(agency -> agency.code().equals(code))
                .map(Agency::name)
                .findFirst()
                .orElse(null);
    }
}
