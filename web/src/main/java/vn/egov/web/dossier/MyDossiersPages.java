package vn.egov.web.dossier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import vn.egov.web.catalogue.Catalogue;
import vn.egov.web.catalogue.ProcedureDetail;
import vn.egov.web.platform.ApiPaths;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.platform.PlatformUnavailable;
import vn.egov.web.submission.ChosenFiles;
import vn.egov.web.view.Labels;
import vn.egov.web.view.Paging;

/**
 * "Hồ sơ của tôi": the citizen's dossiers, one dossier with its history, due date and what the citizen may do now
 * (supplement, withdraw, pay the fee), and the documents to download (receipt slip, result, payment receipt).
 */
@Controller
@RequestMapping("/ho-so")
class MyDossiersPages {

    private static final Logger log = LoggerFactory.getLogger(MyDossiersPages.class);
    private static final int PAGE_SIZE = 10;
    static final List<String> PROVIDERS = List.of("MOMO", "NAPAS", "VIETINBANK");

    private final Dossiers dossiers;
    private final Catalogue catalogue;

    MyDossiersPages(Dossiers dossiers, Catalogue catalogue) {
        this.catalogue = catalogue;
        this.dossiers = dossiers;
    }

    @GetMapping
    String list(
            @RequestParam(name = "trangThai", required = false) @Nullable String status,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model) {
        String wanted = status != null && Labels.STATUS.containsKey(status) ? status : null;
        DossierPage found = dossiers.list(ApiPaths.parameters(
                "status", wanted, "page", Math.max(0, page - 1), "size", PAGE_SIZE, "sort", "submittedAt,desc"));
        model.addAttribute("dossiers", found);
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", Labels.STATUS);
        model.addAttribute("paging", Paging.of(found.page()));
        model.addAttribute(
                "pageBase",
                ApiPaths.query("/ho-so", ApiPaths.parameters("trangThai", wanted)) + (wanted == null ? "?" : "&")
                        + "trang=");
        return "my-dossiers";
    }

    @GetMapping("/{code}")
    String dossier(@PathVariable String code, Model model) {
        DossierDetail dossier = dossiers.get(code);
        model.addAttribute("dossier", dossier);
        model.addAttribute("payments", payments(code));
        model.addAttribute("messages", messages(code));
        model.addAttribute("providers", PROVIDERS);
        model.addAttribute("payKey", UUID.randomUUID().toString());
        model.addAttribute(
                "supplementDocuments",
                dossier.awaitsSupplement() ? documentsOf(dossier.procedure().code()) : List.of());
        return "dossier";
    }

    /** Right after submission: the code, the due date and the receipt slip (form 01). */
    @GetMapping("/{code}/da-nop")
    String submitted(@PathVariable String code, Model model) {
        model.addAttribute("dossier", dossiers.get(code));
        return "submitted";
    }

    @PostMapping("/{code}/rut")
    String withdraw(
            @PathVariable String code,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "confirm", defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        if (!confirm) {
            redirect.addFlashAttribute("withdrawError", "Vui lòng đánh dấu xác nhận rút hồ sơ.");
            return "redirect:/ho-so/" + code + "#rut-ho-so";
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (!reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        return act(code, "withdraw", body, "Đã rút hồ sơ.", redirect);
    }

    /**
     * The applicant supplies what was asked: the files chosen (one input per document of the procedure, {@code
     * tep-<code>}) are checked and uploaded, then sent with the supplement, which links them to the dossier.
     */
    @PostMapping("/{code}/bo-sung")
    String supplement(
            @PathVariable String code,
            @RequestParam(name = "note", defaultValue = "") String note,
            @RequestParam Map<String, MultipartFile> files,
            RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!note.isBlank()) {
            body.put("reason", note.strip());
        }
        List<Map<String, String>> documents = new ArrayList<>();
        DossierDetail dossier = dossiers.get(code);
        for (Map.Entry<String, MultipartFile> chosen : files.entrySet()) {
            MultipartFile file = chosen.getValue();
            if (!chosen.getKey().startsWith(FILE_PREFIX) || file == null || file.isEmpty()) {
                continue;
            }
            String documentCode = chosen.getKey().substring(FILE_PREFIX.length());
            Optional<String> wrong = ChosenFiles.problemWith(file);
            if (wrong.isPresent()) {
                redirect.addFlashAttribute("supplementError", documentCode + ": " + wrong.get());
                return "redirect:/ho-so/" + code + "#bo-sung";
            }
            Uploaded uploaded = dossiers.upload(
                    "/api/dossiers/attachments",
                    Map.of("procedureCode", dossier.procedure().code(), "documentCode", documentCode),
                    ChosenFiles.asUpload(file),
                    Uploaded.class);
            documents.add(Map.of("code", documentCode, "attachmentId", uploaded.id()));
        }
        if (!documents.isEmpty()) {
            body.put("documents", documents);
        }
        return act(code, "supplement", body, "Đã gửi bổ sung hồ sơ. Cơ quan tiếp tục giải quyết.", redirect);
    }

    /** The attachments API's answer to an upload. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Uploaded(String id) {}

    private static final String FILE_PREFIX = "tep-";

    /**
     * Pays the fee: MoMo and NAPAS take the payer to their page (and back to the portal), a VietQR is shown to scan.
     * The form's key makes a double click one payment.
     */
    @PostMapping("/{code}/thanh-toan")
    String pay(
            @PathVariable String code,
            @RequestParam(name = "provider", defaultValue = "") String provider,
            @RequestParam(name = "payKey", defaultValue = "") String payKey,
            RedirectAttributes redirect) {
        if (!PROVIDERS.contains(provider)) {
            redirect.addFlashAttribute("payError", "Vui lòng chọn một cách thanh toán.");
            return "redirect:/ho-so/" + code + "#thanh-toan";
        }
        String key = payKey.isBlank() ? UUID.randomUUID().toString() : payKey;
        Payment payment;
        try {
            payment = dossiers.startPayment(code, provider, key);
        } catch (ApiProblem refused) {
            if ("payment-in-progress".equals(refused.slug())
                    && refused.property("paymentId").isPresent()) {
                return "redirect:/ho-so/" + code + "/thanh-toan/"
                        + refused.property("paymentId").get();
            }
            redirect.addFlashAttribute(
                    "payError",
                    switch (refused.slug()) {
                        case "nothing-to-pay" -> "Hồ sơ này hiện không có khoản phí nào cần nộp.";
                        default -> "Chưa bắt đầu thanh toán được. Vui lòng thử lại hoặc chọn cách thanh toán khác.";
                    });
            return "redirect:/ho-so/" + code + "#thanh-toan";
        } catch (PlatformUnavailable down) {
            if (down.status() == 502) {
                redirect.addFlashAttribute(
                        "payError",
                        Labels.PROVIDER.getOrDefault(provider, provider)
                                + " tạm thời không nhận thanh toán; bạn chưa bị trừ tiền. Vui lòng chọn cách khác hoặc"
                                + " thử lại sau.");
                return "redirect:/ho-so/" + code + "#thanh-toan";
            }
            throw down;
        }
        if (payment.redirectUrl() != null && payment.open()) {
            log.info("Payer of {} sent to {}", code, payment.provider());
            return "redirect:" + payment.redirectUrl();
        }
        return "redirect:/ho-so/" + code + "/thanh-toan/" + payment.id();
    }

    @GetMapping("/{code}/thanh-toan/{id}")
    String payment(@PathVariable String code, @PathVariable String id, Model model) {
        Payment payment = dossiers.payment(id);
        if (!payment.dossierCode().equals(code)) {
            return "redirect:/ho-so/" + payment.dossierCode() + "/thanh-toan/" + id;
        }
        model.addAttribute("payment", payment);
        model.addAttribute("code", code);
        return "payment";
    }

    @GetMapping("/{code}/thanh-toan/{id}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String code, @PathVariable String id) {
        return Downloads.inline(dossiers.download(ApiPaths.path("/api/payments/{}/qr.png", id)));
    }

    /** The receipt slip (form 01, "giấy tiếp nhận hồ sơ và hẹn trả kết quả"). */
    @GetMapping("/{code}/phieu-tiep-nhan.pdf")
    ResponseEntity<byte[]> receiptSlip(@PathVariable String code) {
        return Downloads.asAttachment(
                dossiers.download(ApiPaths.path("/api/dossiers/{}/receipt.pdf", code)),
                "phieu-tiep-nhan-" + code + ".pdf");
    }

    @GetMapping("/{code}/ket-qua")
    ResponseEntity<byte[]> result(@PathVariable String code) {
        return Downloads.asAttachment(
                dossiers.download(ApiPaths.path("/api/dossiers/{}/result", code)), "ket-qua-" + code + ".pdf");
    }

    /** The e-receipt (biên lai điện tử) of a successful payment. */
    @GetMapping("/{code}/bien-lai/{paymentId}")
    ResponseEntity<byte[]> paymentReceipt(@PathVariable String code, @PathVariable String paymentId) {
        return Downloads.asAttachment(
                dossiers.download(ApiPaths.path("/api/payments/{}/receipt.pdf", paymentId)),
                "bien-lai-" + code + ".pdf");
    }

    private String act(String code, String action, Map<String, Object> body, String done, RedirectAttributes redirect) {
        try {
            dossiers.act(code, action, body);
            redirect.addFlashAttribute("notice", done);
        } catch (ApiProblem refused) {
            if (refused.isNotFound()) {
                throw refused;
            }
            redirect.addFlashAttribute(
                    "actionError",
                    "illegal-transition".equals(refused.slug())
                            ? "Hồ sơ đã chuyển sang bước khác nên không thực hiện được thao tác này."
                            : "Không thực hiện được thao tác. Vui lòng thử lại.");
        }
        return "redirect:/ho-so/" + code;
    }

    /** The documents a supplement may bring; none when the catalogue cannot say (the note can still be sent). */
    private List<ProcedureDetail.Document> documentsOf(String procedureCode) {
        try {
            return catalogue.procedure(procedureCode).documents();
        } catch (PlatformUnavailable | ApiProblem e) {
            log.warn("No documents to supplement shown for {}: {}", procedureCode, e.getMessage());
            return List.of();
        }
    }

    /** The messages sent about the dossier; none shown (and the reason logged) when the log cannot be read. */
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
            // The dossier page stays useful when payment-service is away: it only lacks the payments.
            log.warn("No payments shown for {}: {}", code, e.getMessage());
            return List.of();
        }
    }
}
