package vn.egov.web.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import vn.egov.web.catalogue.Agency;
import vn.egov.web.catalogue.Catalogue;
import vn.egov.web.catalogue.ProcedureDetail;
import vn.egov.web.catalogue.ProcedurePage;
import vn.egov.web.platform.ApiPaths;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.platform.PlatformUnavailable;
import vn.egov.web.view.FormErrors;
import vn.egov.web.view.Labels;
import vn.egov.web.view.Paging;

/**
 * The catalogue for administrators: the procedures in force, a new procedure, a new version of a procedure's rules
 * from an effective date, its retirement, and a change of its service level beside what the promotion rules allow.
 * Every form is checked here first and by the catalogue again; a refusal comes back next to its field.
 */
@Controller
@RequestMapping("/quan-tri")
class ProcedureAdminPages {

    private static final Logger log = LoggerFactory.getLogger(ProcedureAdminPages.class);
    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PAGE_SIZE = 20;

    private final Catalogue catalogue;
    private final CatalogueAdmin admin;

    ProcedureAdminPages(Catalogue catalogue, CatalogueAdmin admin) {
        this.catalogue = catalogue;
        this.admin = admin;
    }

    @GetMapping
    String home() {
        return "redirect:/quan-tri/thu-tuc";
    }

    @GetMapping("/thu-tuc")
    String procedures(
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model) {
        String query = q == null || q.isBlank() ? null : q.strip();
        ProcedurePage found = catalogue.search(
                new Catalogue.SearchFilter(query, null, null, null, null),
                Math.max(1, Math.min(page, 1000)) - 1,
                PAGE_SIZE);
        model.addAttribute("q", query);
        model.addAttribute("result", found);
        model.addAttribute("paging", Paging.of(found.page()));
        model.addAttribute(
                "pageBase",
                ApiPaths.query("/quan-tri/thu-tuc", ApiPaths.parameters("q", query)) + (query == null ? "?" : "&")
                        + "trang=");
        return "admin/procedures";
    }

    @GetMapping("/thu-tuc/moi")
    String newProcedure(Model model) {
        return rulesForm(model, null, RulesForm.empty(today()), new FormErrors());
    }

    @PostMapping("/thu-tuc/moi")
    String create(
            @RequestParam Map<String, String> sent,
            @RequestParam(name = "deliveryOptions", required = false) @Nullable List<String> delivery,
            Model model,
            RedirectAttributes redirect) {
        RulesForm form = RulesForm.sent(sent, delivery == null ? List.of() : delivery);
        FormErrors errors = form.check(true);
        Optional<Agency> agency = agency(form.agencyCode());
        if (agency.isEmpty() && !form.agencyCode().isBlank()) {
            errors.add("agencyCode", "Cơ quan giải quyết", "Chọn một cơ quan có trong danh sách.");
        }
        if (!errors.isEmpty()) {
            return rulesForm(model, null, form, errors);
        }
        try {
            ProcedureDetail created = admin.create(form.body(null, agency.get().level()), formKey(sent));
            redirect.addFlashAttribute(
                    "notice",
                    "Đã thêm thủ tục " + created.code() + ", có hiệu lực từ " + date(created.effectiveFrom()) + ".");
            return "redirect:" + ApiPaths.path("/quan-tri/thu-tuc/{}", created.code());
        } catch (ApiProblem refused) {
            log.info("New procedure {} refused: {} {}", form.code(), refused.slug(), refused.detail());
            return rulesForm(model, null, form, AdminErrors.of(refused, form::inputOf));
        } catch (PlatformUnavailable down) {
            return rulesFormKeepingKey(model, null, form, unanswered(down), formKey(sent));
        }
    }

    @GetMapping("/thu-tuc/{code}")
    String procedure(@PathVariable String code, Model model) {
        ProcedureDetail procedure = admin.procedure(code);
        return procedurePage(model, procedure, new FormErrors(), null, Map.of());
    }

    @GetMapping("/thu-tuc/{code}/phien-ban-moi")
    String newVersion(@PathVariable String code, Model model) {
        ProcedureDetail procedure = admin.procedure(code);
        return rulesForm(model, procedure, RulesForm.of(procedure, today().plusDays(1)), new FormErrors());
    }

    @PostMapping("/thu-tuc/{code}/phien-ban-moi")
    String publish(
            @PathVariable String code,
            @RequestParam Map<String, String> sent,
            @RequestParam(name = "deliveryOptions", required = false) @Nullable List<String> delivery,
            Model model,
            RedirectAttributes redirect) {
        ProcedureDetail procedure = admin.procedure(code);
        RulesForm form = RulesForm.sent(sent, delivery == null ? List.of() : delivery);
        FormErrors errors = form.check(false);
        Optional<Agency> agency = agency(form.agencyCode());
        if (agency.isEmpty() && !form.agencyCode().isBlank()) {
            errors.add("agencyCode", "Cơ quan giải quyết", "Chọn một cơ quan có trong danh sách.");
        }
        if (!errors.isEmpty()) {
            return rulesForm(model, procedure, form, errors);
        }
        try {
            ProcedureDetail published = admin.publish(
                    code, form.body(version(sent, procedure), agency.get().level()), formKey(sent));
            redirect.addFlashAttribute(
                    "notice",
                    "Đã ban hành phiên bản " + published.version() + ", có hiệu lực từ "
                            + date(published.effectiveFrom()) + ".");
            return "redirect:" + ApiPaths.path("/quan-tri/thu-tuc/{}", code);
        } catch (ApiProblem refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            log.info("New version of {} refused: {} {}", code, refused.slug(), refused.detail());
            return rulesForm(model, procedure, form, AdminErrors.of(refused, form::inputOf));
        } catch (PlatformUnavailable down) {
            return rulesFormKeepingKey(model, procedure, form, unanswered(down), formKey(sent));
        }
    }

    @PostMapping("/thu-tuc/{code}/muc-do")
    String changeLevel(
            @PathVariable String code,
            @RequestParam Map<String, String> sent,
            Model model,
            RedirectAttributes redirect) {
        ProcedureDetail procedure = admin.procedure(code);
        FormErrors errors = new FormErrors();
        Integer level = RulesForm.number(sent.getOrDefault("serviceLevel", ""));
        LocalDate from = RulesForm.date(sent.getOrDefault("effectiveFrom", ""));
        boolean force = "true".equals(sent.get("force"));
        String justification = sent.getOrDefault("justification", "").strip();
        if (level == null || level < 1 || level > 4) {
            errors.add("serviceLevel", "Mức độ", "Chọn mức độ từ 1 đến 4.");
        } else if (level == procedure.serviceLevel()) {
            errors.add("serviceLevel", "Mức độ", "Thủ tục đang ở mức độ này.");
        }
        if (from == null) {
            errors.add(
                    "effectiveFrom", "Ngày có hiệu lực", "Ngày có hiệu lực có dạng năm-tháng-ngày, ví dụ 2027-01-01.");
        }
        if (force && justification.isEmpty()) {
            errors.add("justification", "Lý do", "Ghi lý do khi nâng mức độ dù chưa đủ điều kiện.");
        }
        if (errors.isEmpty()) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("version", version(sent, procedure));
            change.put("serviceLevel", level);
            change.put("effectiveFrom", from.toString());
            change.put("force", force);
            change.put("justification", justification.isEmpty() ? null : justification);
            try {
                ProcedureDetail changed = admin.changeLevel(code, change, formKey(sent));
                redirect.addFlashAttribute(
                        "notice",
                        "Đã chuyển thủ tục sang " + Labels.SERVICE_LEVEL.get(String.valueOf(level)) + " từ ngày "
                                + date(changed.effectiveFrom()) + " (phiên bản " + changed.version() + ").");
                return "redirect:" + ApiPaths.path("/quan-tri/thu-tuc/{}", code);
            } catch (ApiProblem refused) {
                if (refused.isNotFound()) {
                    throw refused;
                }
                log.info("Level change of {} refused: {} {}", code, refused.slug(), refused.detail());
                errors = AdminErrors.of(refused, field -> field);
            } catch (PlatformUnavailable down) {
                errors = unanswered(down);
            }
        }
        return procedurePage(model, procedure, errors, "muc-do", sent);
    }

    @PostMapping("/thu-tuc/{code}/bai-bo")
    String retire(
            @PathVariable String code,
            @RequestParam Map<String, String> sent,
            Model model,
            RedirectAttributes redirect) {
        ProcedureDetail procedure = admin.procedure(code);
        String reason = sent.getOrDefault("reason", "").strip();
        FormErrors errors = new FormErrors();
        if (reason.isEmpty()) {
            errors.add("reason", "Lý do", "Ghi lý do bãi bỏ, ví dụ số văn bản bãi bỏ thủ tục.");
        } else {
            try {
                admin.retire(code, version(sent, procedure), reason, formKey(sent));
                redirect.addFlashAttribute("notice", "Đã bãi bỏ thủ tục " + code + ".");
                return "redirect:/quan-tri/thu-tuc";
            } catch (ApiProblem refused) {
                if (refused.isNotFound()) {
                    throw refused;
                }
                log.info("Retirement of {} refused: {} {}", code, refused.slug(), refused.detail());
                errors = AdminErrors.of(refused, field -> field);
            } catch (PlatformUnavailable down) {
                errors = unanswered(down);
            }
        }
        return procedurePage(model, procedure, errors, "bai-bo", sent);
    }

    private String procedurePage(
            Model model,
            ProcedureDetail procedure,
            FormErrors errors,
            @Nullable String failed,
            Map<String, String> sent) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("eligibility", eligibility(procedure.code()));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("sent", sent);
        model.addAttribute(
                "levelFrom",
                sent.getOrDefault("effectiveFrom", today().plusDays(1).toString()));
        model.addAttribute("formKey", UUID.randomUUID().toString());
        model.addAttribute("version", currentVersion(procedure));
        return "admin/procedure";
    }

    private String rulesForm(Model model, @Nullable ProcedureDetail procedure, RulesForm form, FormErrors errors) {
        return rulesFormKeepingKey(
                model, procedure, form, errors, UUID.randomUUID().toString());
    }

    /** A form the platform did not answer keeps its key: sent again, it cannot make a second change. */
    private String rulesFormKeepingKey(
            Model model, @Nullable ProcedureDetail procedure, RulesForm form, FormErrors errors, String key) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formKey", key);
        model.addAttribute("agencies", catalogue.agencies());
        model.addAttribute("tiers", List.of("CITY", "DISTRICT", "COMMUNE", "CENTRAL"));
        model.addAttribute("version", procedure == null ? null : currentVersion(procedure));
        return "admin/rules";
    }

    private @Nullable Eligibility eligibility(String code) {
        try {
            return admin.eligibility(code);
        } catch (PlatformUnavailable | ApiProblem e) {
            log.warn("No promotion eligibility shown for {}: {}", code, e.getMessage());
            return null;
        }
    }

    private Optional<Agency> agency(String code) {
        return catalogue.agencies().stream()
                .filter(agency -> agency.code().equals(code))
                .findFirst();
    }

    private static int currentVersion(ProcedureDetail procedure) {
        return procedure.latestVersion() == null ? procedure.version() : procedure.latestVersion();
    }

    /** The version the form was rendered with (optimistic locking), else the one just read. */
    private static int version(Map<String, String> sent, ProcedureDetail procedure) {
        Integer rendered = RulesForm.number(sent.getOrDefault("version", ""));
        return rendered == null ? currentVersion(procedure) : rendered;
    }

    private static String formKey(Map<String, String> sent) {
        String key = sent.get("formKey");
        return key != null && key.matches("[0-9a-f-]{36}")
                ? key
                : UUID.randomUUID().toString();
    }

    private static FormErrors unanswered(PlatformUnavailable down) {
        return new FormErrors()
                .addGlobal("Danh mục thủ tục tạm thời không trả lời. Sau ít phút, hãy xem lại thủ tục trước khi gửi"
                        + " lại (mã tra cứu lỗi " + down.correlationId() + ").");
    }

    private static LocalDate today() {
        return LocalDate.now(CITY);
    }

    private static String date(@Nullable LocalDate date) {
        return date == null
                ? "hôm nay"
                : String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
