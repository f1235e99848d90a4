package vn.egov.web.platform;

/**
 * The platform did not answer the page's call: the gateway or a service behind it is down, slow or failed (a 5xx or
 * no answer at all). The person sees a friendly page with the correlation id, never what went wrong inside.
 */
public final class PlatformUnavailable extends RuntimeException {

    private final int status;
    private final String correlationId;

    public PlatformUnavailable(int status, String correlationId, String what, Throwable cause) {
        super(what, cause);
        this.status = status;
        this.correlationId = correlationId;
    }

    /** The status the gateway answered, or 0 when nothing answered. */
    public int status() {
        return status;
    }

    public String correlationId() {
        return correlationId;
    }
}
