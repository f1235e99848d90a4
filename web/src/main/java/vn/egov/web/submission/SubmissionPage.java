package vn.egov.web.submission;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.egov.web.catalogue.Catalogue;
import vn.egov.web.catalogue.ProcedureDetail;
import vn.egov.web.security.AccessTokens;
import vn.egov.web.security.SignedInUser;
import vn.egov.web.view.FormErrors;

/**
 * "Nộp hồ sơ trực tuyến": one form with the applicant (prefilled from the sign-in), one upload per document, the
 * delivery and notification choices and the declaration. It works without JavaScript; sent twice (a double click, a
 * reload), it still makes one dossier.
 */
@Controller
@RequestMapping("/nop-ho-so/{code}")
class SubmissionPage {

    static final List<String> CHANNELS = List.of("SMS", "ZALO", "EMAIL");

    private final Catalogue catalogue;
    private final SubmitOnline submitOnline;
    private final AccessTokens tokens;

    SubmissionPage(Catalogue catalogue, SubmitOnline submitOnline, AccessTokens tokens) {
        this.catalogue = catalogue;
        this.submitOnline = submitOnline;
        this.tokens = tokens;
    }

    @GetMapping
    String form(@PathVariable String code, HttpSession session, Model model) {
        ProcedureDetail procedure = catalogue.procedure(code);
        if (!procedure.submittableOnline()) {
            return "redirect:/thu-tuc/" + procedure.code();
        }
        SubmissionState state = SubmissionState.of(session);
        SubmissionForm form = state.existingDraft(procedure.code())
                .flatMap(SubmissionState.Draft::form)
                .orElseGet(() -> prefilled(procedure));
        form.setFormKey(UUID.randomUUID().toString());
        return render(model, procedure, form, new FormErrors(), state);
    }

    @PostMapping
    String submit(
            @PathVariable String code,
            @ModelAttribute("form") SubmissionForm form,
            MultipartHttpServletRequest request,
            HttpSession session,
            Model model) {
        ProcedureDetail procedure = catalogue.procedure(code);
        if (!procedure.submittableOnline()) {
            return "redirect:/thu-tuc/" + procedure.code();
        }
        SubmissionState state = SubmissionState.of(session);
        // Kept first: should the person have to sign in again, the form comes back as they typed it.
        state.draft(procedure.code()).keep(form);
        if (!isUuid(form.getFormKey())) {
            form.setFormKey(UUID.randomUUID().toString());
        }
        SubmissionState.Outcome outcome = state.once(
                form.getFormKey(),
                () -> submitOnline.submit(
                        tokens.current(), procedure, form, request.getFileMap(), state.draft(procedure.code())));
        if (outcome instanceof SubmissionState.Submitted submitted) {
            state.discardDraft(procedure.code());
            return "redirect:/ho-so/" + submitted.dossierCode() + "/da-nop";
        }
        SubmissionState.Rejected rejected = (SubmissionState.Rejected) outcome;
        SubmissionForm again = rejected.form().copy();
        if (!rejected.retryable()) {
            // A refused form is a new attempt once corrected: it gets a key of its own.
            again.setFormKey(UUID.randomUUID().toString());
        }
        return render(model, procedure, again, rejected.errors(), state);
    }

    private String render(
            Model model, ProcedureDetail procedure, SubmissionForm form, FormErrors errors, SubmissionState state) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "uploaded",
                state.existingDraft(procedure.code())
                        .map(SubmissionState.Draft::files)
                        .orElse(java.util.Map.of()));
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("counter", false);
        model.addAttribute("action", "/nop-ho-so/" + procedure.code());
        return "submit";
    }

    private SubmissionForm prefilled(ProcedureDetail procedure) {
        SubmissionForm form = new SubmissionForm();
        AccessTokens.signedInUser().map(SignedInUser::name).ifPresent(form::setFullName);
        tokens.phoneNumber().map(SubmissionPage::localPhone).ifPresent(form::setPhone);
        form.setNotify(List.of("SMS"));
        form.setDelivery(
                procedure.deliveryOptions().contains("ONLINE")
                        ? "ONLINE"
                        : procedure.deliveryOptions().stream().findFirst().orElse(""));
        return form;
    }

    /** {@code +84905123456} → {@code 0905123456}, as people write their number. */
    static String localPhone(String phone) {
        return phone.startsWith("+84") ? "0" + phone.substring(3) : phone;
    }

    static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
