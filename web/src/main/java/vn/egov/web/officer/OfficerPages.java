package vn.egov.web.officer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.web.dossier.DossierDetail;
import vn.egov.web.dossier.DossierPage;
import vn.egov.web.dossier.Dossiers;
import vn.egov.web.dossier.Downloads;
import vn.egov.web.dossier.Message;
import vn.egov.web.dossier.Payment;
import vn.egov.web.platform.ApiPaths;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.platform.PlatformApi;
import vn.egov.web.platform.PlatformUnavailable;
import vn.egov.web.security.AccessTokens;
import vn.egov.web.view.Labels;
import vn.egov.web.view.Paging;

/**
 * The one-stop counter's console: the agency's inbox (by status, overdue, due soon; overdue rows marked) and a
 * dossier with the actions its status allows the officer. The platform checks the officer's agency and the
 * transition again; the page only offers what fits.
 */
@Controller
@RequestMapping("/can-bo")
class OfficerPages {

    private static final Logger log = LoggerFactory.getLogger(OfficerPages.class);
    private static final int PAGE_SIZE = 20;

    /** What an officer may do in each status (architecture §4). */
    static final Map<String, List<String>> ACTIONS = Map.of(
            "NEW", List.of("accept", "refuse", "request-supplement"),
            "ACCEPTED", List.of("start-processing", "request-supplement", "stop"),
            "IN_PROCESSING", List.of("request-payment", "approve", "request-supplement", "stop"),
            "SUPPLEMENT_REQUESTED", List.of("stop"),
            "AWAITING_PAYMENT", List.of("stop"),
            "PROCESSED", List.of("return-result"));

    static final Map<String, String> ACTION_NAMES = Map.of(
            "accept", "Tiếp nhận hồ sơ",
            "refuse", "Từ chối tiếp nhận",
            "request-supplement", "Yêu cầu bổ sung",
            "start-processing", "Chuyển xử lý",
            "request-payment", "Yêu cầu nộp phí, lệ phí",
            "approve", "Phê duyệt, trả kết quả điện tử",
            "return-result", "Trả kết quả",
            "stop", "Dừng xử lý");

    private static final Set<String> NEEDS_REASON = Set.of("refuse", "stop");
    private static final Map<String, String> SORTS = Map.of(
            "han", "dueDate,asc",
            "moi", "submittedAt,desc",
            "cu", "submittedAt,asc");

    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Dossiers dossiers;
    private final PlatformApi api;
    private final AccessTokens tokens;

    OfficerPages(Dossiers dossiers, PlatformApi api, AccessTokens tokens) {
        this.dossiers = dossiers;
        this.api = api;
        this.tokens = tokens;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Uploaded(String id) {}

    @GetMapping
    String inbox(
            @RequestParam(name = "trangThai", required = false) @Nullable String status,
            @RequestParam(name = "quaHan", defaultValue = "false") boolean overdue,
            @RequestParam(name = "hanTrong", required = false) @Nullable Integer dueWithinDays,
            @RequestParam(name = "thuTuc", required = false) @Nullable String procedureCode,
            @RequestParam(name = "sapXep", defaultValue = "han") String sort,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model) {
        String wanted = status != null && Labels.STATUS.containsKey(status) ? status : null;
        Integer within = dueWithinDays != null && dueWithinDays >= 0 && dueWithinDays <= 365 ? dueWithinDays : null;
        String order = SORTS.containsKey(sort) ? sort : "han";
        String procedure = procedureCode == null || procedureCode.isBlank() || procedureCode.length() > 32
                ? null
                : procedureCode.strip();
        DossierPage found = dossiers.list(ApiPaths.parameters(
                "status",
                wanted,
                "overdue",
                overdue ? Boolean.TRUE : null,
                "dueWithinDays",
                within,
                "procedureCode",
                procedure,
                "sort",
                SORTS.get(order),
                "page",
                Math.max(0, page - 1),
                "size",
                PAGE_SIZE));
        model.addAttribute("dossiers", found);
        model.addAttribute("status", wanted);
        model.addAttribute("overdue", overdue);
        model.addAttribute("dueWithinDays", within);
        model.addAttribute("procedureCode", procedure);
        model.addAttribute("sort", order);
        model.addAttribute("statuses", Labels.STATUS);
        model.addAttribute("paging", Paging.of(found.page()));
        model.addAttribute(
                "pageBase",
                ApiPaths.query(
                                "/can-bo",
                                ApiPaths.parameters(
                                        "trangThai", wanted,
                                        "quaHan", overdue ? "true" : null,
                                        "hanTrong", within,
                                        "thuTuc", procedure,
                                        "sapXep", order))
                        + "&trang=");
        return "officer/inbox";
    }

    @GetMapping("/ho-so/{code}")
    String dossier(@PathVariable String code, Model model) {
        DossierDetail dossier = dossiers.get(code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("actions", ACTIONS.getOrDefault(dossier.status(), List.of()));
        model.addAttribute("actionNames", ACTION_NAMES);
        model.addAttribute("payments", payments(code));
        model.addAttribute("messages", messages(code));
        model.addAttribute("apologyDefault", LocalDate.now(CITY).plusDays(7).toString());
        return "officer/dossier";
    }

    /**
     * Form 04: the apology for an overdue dossier, with the reason and the new date the result will be ready, sent to
     * the applicant by the platform ({@code POST /api/dossiers/{code}/apology}).
     */
    @PostMapping("/ho-so/{code}/xin-loi")
    String apologise(
            @PathVariable String code,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "newDueDate", defaultValue = "") String newDueDate,
            RedirectAttributes redirect) {
        String anchor = "redirect:" + ApiPaths.path("/can-bo/ho-so/{}", code) + "#xin-loi";
        LocalDate date;
        try {
            date = LocalDate.parse(newDueDate.strip());
        } catch (DateTimeParseException e) {
            return refused(
                    redirect, "xin-loi", "Ngày hẹn trả kết quả có dạng năm-tháng-ngày, ví dụ 2026-12-21.", anchor);
        }
        if (!date.isAfter(LocalDate.now(CITY))) {
            return refused(redirect, "xin-loi", "Ngày hẹn trả kết quả mới phải sau hôm nay.", anchor);
        }
        if (reason.isBlank()) {
            return refused(redirect, "xin-loi-ly-do", "Vui lòng nêu lý do chậm trả kết quả.", anchor);
        }
        try {
            api.post(
                    tokens.current(),
                    ApiPaths.path("/api/dossiers/{}/apology", code),
                    Map.of("reason", reason.strip(), "newDueDate", date.toString()),
                    null,
                    DossierDetail.class);
            redirect.addFlashAttribute(
                    "notice",
                    "Đã gửi thư xin lỗi (mẫu 04) đến người nộp, hẹn trả kết quả ngày "
                            + String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())
                            + ".");
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            log.info("Apology for {} refused: {} {}", code, problem.slug(), problem.detail());
            return refused(redirect, "xin-loi", apologyRefusal(problem), anchor);
        }
        return "redirect:" + ApiPaths.path("/can-bo/ho-so/{}", code);
    }

    private static String apologyRefusal(ApiProblem problem) {
        for (ApiProblem.FieldProblem error : problem.errors()) {
            if (error.field().equals("newDueDate")) {
                return error.message().contains("working day")
                        ? "Ngày hẹn mới phải là một ngày làm việc."
                        : "Ngày hẹn mới phải sau hạn xử lý hiện tại của hồ sơ.";
            }
        }
        return switch (problem.slug()) {
            case "illegal-transition", "not-overdue" -> "Hồ sơ này không còn quá hạn nên không cần thư xin lỗi.";
            case "forbidden" -> "Hồ sơ này không thuộc cơ quan của bạn.";
            default -> "Không gửi được thư xin lỗi (mã tra cứu lỗi " + problem.correlationId() + ").";
        };
    }

    @PostMapping("/ho-so/{code}/{action}")
    String act(
            @PathVariable String code,
            @PathVariable String action,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "missing", defaultValue = "") String missing,
            @RequestParam(name = "amount", defaultValue = "") String amount,
            @RequestParam(name = "resultFile", required = false) @Nullable MultipartFile resultFile,
            RedirectAttributes redirect) {
        if (!ACTION_NAMES.containsKey(action)) {
            return "redirect:/can-bo/ho-so/" + code;
        }
        String anchor = "redirect:/can-bo/ho-so/" + code + "#" + action;
        Map<String, Object> body = new LinkedHashMap<>();
        if (NEEDS_REASON.contains(action) && reason.isBlank()) {
            return refused(redirect, action, "Vui lòng nhập lý do.", anchor);
        }
        if (!reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        if ("request-supplement".equals(action)) {
            List<String> items = Arrays.stream(missing.split("\\R"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            if (items.isEmpty()) {
                return refused(redirect, action, "Vui lòng ghi giấy tờ cần bổ sung, mỗi dòng một giấy tờ.", anchor);
            }
            body.put("missing", items);
        }
        if ("request-payment".equals(action) && !amount.isBlank()) {
            String digits = amount.replaceAll("[.\\s]", "");
            if (!digits.matches("\\d{1,10}") || Long.parseLong(digits) <= 0) {
                return refused(redirect, action, "Số tiền là số nguyên dương, tính bằng đồng.", anchor);
            }
            body.put("amount", Long.parseLong(digits));
        }
        try {
            if ("approve".equals(action) && resultFile != null && !resultFile.isEmpty()) {
                body.put("result", Map.of("attachmentId", uploadResult(code, resultFile)));
            }
            DossierDetail after = dossiers.act(code, action, body);
            redirect.addFlashAttribute(
                    "notice",
                    "Đã thực hiện: " + ACTION_NAMES.get(action) + ". Trạng thái mới: "
                            + Labels.STATUS.getOrDefault(after.status(), after.status()) + ".");
        } catch (ApiProblem problem) {
            if (problem.isNotFound()) {
                throw problem;
            }
            log.info("{} of {} refused: {} {}", action, code, problem.slug(), problem.detail());
            return refused(redirect, action, refusal(problem), anchor);
        }
        return "redirect:/can-bo/ho-so/" + code;
    }

    @GetMapping("/ho-so/{code}/phieu-tiep-nhan.pdf")
    ResponseEntity<byte[]> receiptSlip(@PathVariable String code) {
        return Downloads.asAttachment(
                dossiers.download(ApiPaths.path("/api/dossiers/{}/receipt.pdf", code)),
                "phieu-tiep-nhan-" + code + ".pdf");
    }

    @GetMapping("/ho-so/{code}/ket-qua")
    ResponseEntity<byte[]> result(@PathVariable String code) {
        return Downloads.asAttachment(
                dossiers.download(ApiPaths.path("/api/dossiers/{}/result", code)), "ket-qua-" + code + ".pdf");
    }

    private String uploadResult(String code, MultipartFile file) {
        DossierDetail dossier = dossiers.get(code);
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "ket-qua.pdf"
                        : file.getOriginalFilename();
        try {
            return dossiers.upload(
                            "/api/dossiers/attachments",
                            Map.of("procedureCode", dossier.procedure().code(), "documentCode", "KQ"),
                            new PlatformApi.FileUpload(
                                    name,
                                    file.getContentType() == null
                                            ? MediaType.APPLICATION_OCTET_STREAM
                                            : MediaType.parseMediaType(file.getContentType()),
                                    file.getBytes()),
                            Uploaded.class)
                    .id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String refusal(ApiProblem problem) {
        return switch (problem.slug()) {
            case "illegal-transition" ->
                "Hồ sơ đã chuyển sang trạng thái khác nên không thực hiện được thao tác này. Hãy xem lại hồ sơ.";
            case "forbidden" -> "Hồ sơ này không thuộc cơ quan của bạn.";
            case "unsupported-attachment-type" -> "Tệp kết quả phải là PDF, JPG hoặc PNG.";
            case "attachment-too-large" -> "Tệp kết quả quá lớn: tối đa 10 MB.";
            case "invalid-request" -> "Thông tin chưa hợp lệ: hãy kiểm tra lý do, số tiền hoặc tệp kết quả.";
            default -> "Không thực hiện được thao tác (mã tra cứu lỗi " + problem.correlationId() + ").";
        };
    }

    private static String refused(RedirectAttributes redirect, String action, String message, String target) {
        redirect.addFlashAttribute("actionError", message);
        redirect.addFlashAttribute("failedAction", action);
        return target;
    }

    /** The messages sent to the applicant; none shown (and the reason logged) when the log cannot be read. */
    private List<Message> messages(String code) {
        try {
            return dossiers.messages(code);
        } catch (PlatformUnavailable | ApiProblem e) {
            log.warn("No messages shown for {}: {}", code, e.getMessage());
            return List.of();
        }
    }

    private List<Payment> payments(String code) {
        try {
            return dossiers.payments(code).items();
        } catch (PlatformUnavailable | ApiProblem e) {
            log.warn("No payments shown for {}: {}", code, e.getMessage());
            return List.of();
        }
    }
}
