package vn.egov.payment.reconciliation.web;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.payment.reconciliation.ReconcileDay;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.servicedefaults.security.CurrentUser;

/** A day's reconciliation with the partners: an officer sees their agency's, an administrator everything. */
@RestController
class ReconciliationController {

    private final ReconcileDay reconcileDay;

    ReconciliationController(ReconcileDay reconcileDay) {
        this.reconcileDay = reconcileDay;
    }

    @GetMapping("/api/payments/reconciliation")
    ReconcileDay.Report reconciliation(@RequestParam("date") LocalDate date, CurrentUser user) {
        if (user.has(CurrentUser.Role.ADMIN)) {
            return reconcileDay.reconcile(date, null);
        }
        if (user.has(CurrentUser.Role.OFFICER) && user.agencyCode().isPresent()) {
            return reconcileDay.reconcile(date, user.agencyCode().get());
        }
        throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Reconciliation is for officers");
    }
}
