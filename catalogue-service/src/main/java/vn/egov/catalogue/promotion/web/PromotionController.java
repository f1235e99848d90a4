package vn.egov.catalogue.promotion.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.catalogue.procedure.ProcedureDetail;
import vn.egov.catalogue.procedure.ViewProcedure;
import vn.egov.catalogue.promotion.ChangeServiceLevel;
import vn.egov.catalogue.promotion.CheckEligibility;
import vn.egov.catalogue.promotion.Eligibility;
import vn.egov.catalogue.promotion.ListCandidates;
import vn.egov.servicedefaults.paging.ListPage;
import vn.egov.servicedefaults.security.CurrentUser;

/** Promotion: public eligibility and candidates; the level change is for administrators (security chain). */
@RestController
class PromotionController {

    private final CheckEligibility eligibility;
    private final ListCandidates candidates;
    private final ChangeServiceLevel changeLevel;
    private final ViewProcedure view;

    PromotionController(
            CheckEligibility eligibility,
            ListCandidates candidates,
            ChangeServiceLevel changeLevel,
            ViewProcedure view) {
        this.eligibility = eligibility;
        this.candidates = candidates;
        this.changeLevel = changeLevel;
        this.view = view;
    }

    @SecurityRequirements
    @GetMapping("/api/catalogue/procedures/{code}/eligibility")
    Eligibility eligibility(@PathVariable String code) {
        return eligibility.check(code);
    }

    @SecurityRequirements
    @GetMapping("/api/catalogue/promotion-candidates")
    ListPage<Eligibility> candidates() {
        return ListPage.whole(candidates.candidates());
    }

    @PostMapping("/api/catalogue/procedures/{code}/level")
    ProcedureDetail changeLevel(
            @PathVariable String code, @RequestBody ChangeServiceLevel.LevelChange change, CurrentUser user) {
        return view.view(code, changeLevel.change(code, change, user.subject()).version());
    }
}
