package vn.egov.dossier.dossier;

import org.springframework.http.HttpStatus;
import vn.egov.servicedefaults.problem.ApiProblem;

/**
 * A transition the dossier's current status does not allow. It is an {@link ApiProblem} (409) because the aggregate is
 * the one place that knows, and a client that sees it should reload the dossier.
 */
public class IllegalTransition extends ApiProblem {

    public IllegalTransition(String code, DossierStatus from, DossierStatus to) {
        super(
                HttpStatus.CONFLICT,
                "illegal-transition",
                "Illegal transition",
                "Dossier " + code + " is " + from + " and cannot become " + to);
        with("status", from.name());
    }
}
