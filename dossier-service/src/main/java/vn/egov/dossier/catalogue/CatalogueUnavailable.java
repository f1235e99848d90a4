package vn.egov.dossier.catalogue;

import java.time.Duration;

/** catalogue-service cannot answer now (down, slow, failing, or the circuit is open): try again after a while. */
public class CatalogueUnavailable extends RuntimeException {

    private final Duration retryAfter;

    public CatalogueUnavailable(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
