package vn.egov.dossier.catalogue;

import java.time.Duration;
import vn.egov.servicedefaults.problem.DomainProblem;

/**
 * catalogue-service cannot answer now (down, slow, failing, or the circuit is open) and {@link Catalogue} has no last
 * known copy of the procedure asked for: try again after a while.
 */
public class CatalogueUnavailable extends DomainProblem {

    private final String reason;

    /**
     * @param reason why, for the logs (the caller gets a fixed detail)
     * @param retryAfter when asking again may work
     */
    public CatalogueUnavailable(String reason, Duration retryAfter, Throwable cause) {
        super(
                Kind.UNAVAILABLE,
                "catalogue-unavailable",
                "Catalogue unavailable",
                "The procedure catalogue cannot be reached right now; nothing was stored, please retry later",
                cause);
        this.reason = reason;
        retryAfter(retryAfter);
    }

    /** Why the catalogue did not answer. */
    public String reason() {
        return reason;
    }
}
