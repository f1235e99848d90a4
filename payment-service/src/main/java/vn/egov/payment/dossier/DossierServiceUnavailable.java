package vn.egov.payment.dossier;

import java.time.Duration;
import vn.egov.servicedefaults.problem.DomainProblem;

/** dossier-service could not say what a dossier owes; nothing was started. */
public class DossierServiceUnavailable extends DomainProblem {

    DossierServiceUnavailable(Throwable cause) {
        super(
                Kind.UNAVAILABLE,
                "dossier-service-unavailable",
                "Dossiers unavailable",
                "The dossier's fee cannot be read right now; nothing was started, please retry later",
                cause);
        retryAfter(Duration.ofSeconds(5));
    }
}
