package vn.egov.dossier.dossier;

import vn.egov.servicedefaults.problem.DomainProblem;

/**
 * A transition the dossier's current status does not allow. The aggregate is the one place that knows; a client that
 * meets it should reload the dossier, whose current status it carries.
 */
public class IllegalTransition extends DomainProblem {

    public IllegalTransition(String code, DossierStatus from, DossierStatus to) {
        super(
                Kind.CONFLICT,
                "illegal-transition",
                "Illegal transition",
                "Dossier " + code + " is " + from + " and cannot become " + to);
        // Not "status": that member is the HTTP status of every problem.
        with("dossierStatus", from.name());
    }
}
