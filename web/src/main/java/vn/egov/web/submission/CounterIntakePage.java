package vn.egov.web.submission;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.web.catalogue.Catalogue;
import vn.egov.web.catalogue.ProcedureDetail;
import vn.egov.web.catalogue.ProcedurePage;
import vn.egov.web.security.AccessTokens;
import vn.egov.web.view.FormErrors;

/**
 * Counter intake: an officer registers a dossier a citizen hands in at the one-stop counter ({@code POST
 * /api/dossiers/counter}), with the papers checked on the spot and scanned. The same form as online submission, empty
 * for the applicant's details, and the same guarantee: sent twice, it makes one dossier. The dossier is accepted at
 * once, so the officer lands on it.
 */
@Controller
@RequestMapping("/can-bo/tiep-nhan")
class CounterIntakePage {

    private static final int PAGE_SIZE = 10;
    private static final String COUNTER = "/api/dossiers/counter";

    private final Catalogue catalogue;
    private final SubmitOnline submit;
    private final AccessTokens tokens;

    CounterIntakePage(Catalogue catalogue, SubmitOnline submit, AccessTokens tokens) {
        this.catalogue = catalogue;
        this.submit = submit;
        this.tokens = tokens;
    }

    /** The procedure of the dossier handed in, found by its code or name. */
    @GetMapping
    String chooseProcedure(@RequestParam(name = "q", required = false) @Nullable String q, Model model) {
        String query = q == null || q.isBlank() ? null : q.strip();
        ProcedurePage found = query == null
                ? new ProcedurePage(List.of(), null)
                : catalogue.search(new Catalogue.SearchFilter(query, null, null, null, null), 0, PAGE_SIZE);
        model.addAttribute("q", query);
        model.addAttribute("result", found);
        return "officer/counter";
    }

    @GetMapping("/{code}")
    String form(@PathVariable String code, HttpSession session, Model model) {
        ProcedureDetail procedure = catalogue.procedure(code);
        SubmissionForm form = new SubmissionForm();
        form.setNotify(List.of("SMS"));
        form.setDelivery(
                procedure.deliveryOptions().contains("COUNTER")
                        ? "COUNTER"
                        : procedure.deliveryOptions().stream().findFirst().orElse(""));
        form.setFormKey(UUID.randomUUID().toString());
        SubmissionState.of(session).discardDraft(draftKey(procedure));
        return render(model, procedure, form, new FormErrors(), SubmissionState.of(session));
    }

    @PostMapping("/{code}")
    String receive(
            @PathVariable String code,
            @ModelAttribute("form") SubmissionForm form,
            MultipartHttpServletRequest request,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        ProcedureDetail procedure = catalogue.procedure(code);
        SubmissionState state = SubmissionState.of(session);
        state.draft(draftKey(procedure)).keep(form);
        if (!SubmissionPage.isUuid(form.getFormKey())) {
            form.setFormKey(UUID.randomUUID().toString());
        }
        SubmissionState.Outcome outcome = state.once(
                form.getFormKey(),
                () -> submit.submit(
                        tokens.current(),
                        procedure,
                        form,
                        request.getFileMap(),
                        state.draft(draftKey(procedure)),
                        COUNTER));
        if (outcome instanceof SubmissionState.Submitted submitted) {
            state.discardDraft(draftKey(procedure));
            redirect.addFlashAttribute(
                    "notice",
                    "Đã tiếp nhận hồ sơ " + submitted.dossierCode()
                            + " tại quầy. Hãy in phiếu tiếp nhận cho người nộp.");
            return "redirect:/can-bo/ho-so/" + submitted.dossierCode();
        }
        SubmissionState.Rejected rejected = (SubmissionState.Rejected) outcome;
        SubmissionForm again = rejected.form().copy();
        if (!rejected.retryable()) {
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
                state.existingDraft(draftKey(procedure))
                        .map(SubmissionState.Draft::files)
                        .orElse(java.util.Map.of()));
        model.addAttribute("channels", SubmissionPage.CHANNELS);
        model.addAttribute("counter", true);
        model.addAttribute("action", "/can-bo/tiep-nhan/" + procedure.code());
        return "submit";
    }

    /** The officer's draft for a procedure, apart from any online draft in the same session. */
    private static String draftKey(ProcedureDetail procedure) {
        return "quay:" + procedure.code();
    }
}
