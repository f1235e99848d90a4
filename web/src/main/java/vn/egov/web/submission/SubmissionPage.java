package vn.egov.web.submission;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import vn.egov.web.platform.Correlation;
import vn.egov.web.platform.PlatformUnavailable;
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
        String key = form.getFormKey();
        CompletableFuture<SubmissionState.Outcome> mine = new CompletableFuture<>();
        Optional<CompletableFuture<SubmissionState.Outcome>> first = state.claim(key, mine);
        SubmissionState.Outcome outcome;
        if (first.isPresent()) {
            outcome = await(first.get());
        } else {
            try {
                outcome = submitOnline.submit(
                        tokens.current(), procedure, form, request.getFileMap(), state.draft(procedure.code()));
                mine.complete(outcome);
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                state.release(key);
                throw e;
            }
            if (outcome instanceof SubmissionState.Rejected rejected && rejected.retryable()) {
                state.release(key);
            }
        }
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

    private static SubmissionState.Outcome await(CompletableFuture<SubmissionState.Outcome> first) {
        try {
            return first.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailable(0, Correlation.current(), "interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PlatformUnavailable(0, Correlation.current(), "the first submission of the form failed", e);
        }
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
