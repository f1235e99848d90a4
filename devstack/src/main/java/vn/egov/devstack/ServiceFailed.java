package vn.egov.devstack;

/** A service or a piece of infrastructure that exited or did not become ready, with the end of its log. */
public final class ServiceFailed extends RuntimeException {

    private final String component;
    private final String logTail;

    public ServiceFailed(String component, String message, String logTail) {
        super(message);
        this.component = component;
        this.logTail = logTail;
    }

    /** The module name, or {@code postgresql}/{@code kafka}. */
    public String component() {
        return component;
    }

    /** The last lines of its log. */
    public String logTail() {
        return logTail;
    }
}
