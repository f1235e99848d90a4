package vn.egov.web.lookup;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.egov.web.platform.ApiPaths;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.platform.PlatformApi;
import vn.egov.web.view.FormErrors;

/**
 * Pages for anyone, without signing in: the status of a dossier by its code and the applicant's phone, the check of a
 * result or an e-receipt by the verification code printed (and QR-coded) on it, and the page a payer comes back to
 * from the payment partner. The gateway sends browsers that open the public API's verification and payment-return
 * addresses here, so a QR code scanned with a phone opens a page, not JSON.
 */
@Controller
class PublicPages {

    private static final Pattern DOSSIER_CODE = Pattern.compile("[0-9A-Za-z.]{1,30}-\\d{6}-\\d{4,}");

    private final PlatformApi api;

    PublicPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/tra-cuu")
    String lookUpForm(Model model) {
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("code", "");
        model.addAttribute("phone", "");
        return "lookup";
    }

    /** A POST, so that the phone number stays out of addresses and logs. */
    @PostMapping("/tra-cuu")
    String lookUp(
            @RequestParam(name = "code", defaultValue = "") String code,
            @RequestParam(name = "phone", defaultValue = "") String phone,
            Model model) {
        String typedCode = code.strip();
        String typedPhone = phone.strip();
        FormErrors errors = new FormErrors();
        if (typedCode.isEmpty()) {
            errors.add("code", "Mã hồ sơ", "Vui lòng nhập mã hồ sơ.");
        } else if (!DOSSIER_CODE.matcher(typedCode).matches()) {
            errors.add("code", "Mã hồ sơ", "Mã hồ sơ có dạng 000.00.15.H17-261207-0001, in trên phiếu tiếp nhận.");
        }
        if (typedPhone.isEmpty()) {
            errors.add("phone", "Số điện thoại", "Vui lòng nhập số điện thoại đã khai khi nộp hồ sơ.");
        }
        if (errors.isEmpty()) {
            try {
                PublicRecords.DossierStatus found = api.get(
                        null,
                        ApiPaths.query(
                                ApiPaths.path("/api/public/dossiers/{}", typedCode),
                                ApiPaths.parameters("phone", typedPhone)),
                        PublicRecords.DossierStatus.class);
                model.addAttribute("found", found);
            } catch (ApiProblem refused) {
                if (refused.isNotFound() || refused.status() == 400) {
                    errors.addGlobal("Không tìm thấy hồ sơ có mã và số điện thoại này. Hãy kiểm tra lại mã hồ sơ"
                            + " và số điện thoại đã khai khi nộp.");
                } else if (refused.status() == 429) {
                    // The gateway's limit on look-ups by code (gateway/README.md, "Rate limits").
                    errors.addGlobal(
                            "Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít" + " phút.");
                } else {
                    throw refused;
                }
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("code", typedCode);
        model.addAttribute("phone", typedPhone);
        return "lookup";
    }

    @GetMapping("/xac-minh")
    String verifyForm(
            @RequestParam(name = "ma", required = false) @Nullable String code,
            @RequestParam(name = "loai", defaultValue = "ket-qua") String kind,
            Model model) {
        boolean receipt = "bien-lai".equals(kind);
        model.addAttribute("kind", receipt ? "bien-lai" : "ket-qua");
        model.addAttribute("code", code == null ? "" : code.strip());
        model.addAttribute("errors", new FormErrors());
        if (code == null || code.isBlank()) {
            if (code != null) {
                model.addAttribute("errors", new FormErrors().add("ma", "Mã xác minh", "Vui lòng nhập mã xác minh."));
            }
            return "verify";
        }
        return receipt ? receipt(code, model) : result(code, model);
    }

    /** Where the QR code on a result points: {@code /api/public/results/{code}}, opened in a browser. */
    @GetMapping(path = "/api/public/results/{code}", produces = "text/html")
    String resultFromQr(@PathVariable String code, Model model) {
        model.addAttribute("kind", "ket-qua");
        model.addAttribute("code", code);
        model.addAttribute("errors", new FormErrors());
        return result(code, model);
    }

    /** Where the QR code on an e-receipt points: {@code /api/public/receipts/{code}}, opened in a browser. */
    @GetMapping(path = "/api/public/receipts/{code}", produces = "text/html")
    String receiptFromQr(@PathVariable String code, Model model) {
        model.addAttribute("kind", "bien-lai");
        model.addAttribute("code", code);
        model.addAttribute("errors", new FormErrors());
        return receipt(code, model);
    }

    /** Where the payer's browser comes back from MoMo or NAPAS. */
    @GetMapping(path = "/api/public/payments/by-order/{provider}/{orderId}", produces = "text/html")
    String paymentReturn(@PathVariable String provider, @PathVariable String orderId, Model model) {
        PublicRecords.PaymentStatus status = api.get(
                null,
                ApiPaths.path("/api/public/payments/by-order/{}/{}", provider.toUpperCase(Locale.ROOT), orderId),
                PublicRecords.PaymentStatus.class);
        model.addAttribute("payment", status);
        return "payment-return";
    }

    private String result(String code, Model model) {
        try {
            model.addAttribute(
                    "result",
                    api.get(
                            null,
                            ApiPaths.path("/api/public/results/{}", code.strip()),
                            PublicRecords.ResultCheck.class));
        } catch (ApiProblem refused) {
            model.addAttribute("notFound", true);
        }
        return "verify";
    }

    private String receipt(String code, Model model) {
        try {
            model.addAttribute(
                    "receipt",
                    api.get(
                            null,
                            ApiPaths.path("/api/public/receipts/{}", code.strip()),
                            PublicRecords.ReceiptCheck.class));
        } catch (ApiProblem refused) {
            model.addAttribute("notFound", true);
        }
        return "verify";
    }
}
