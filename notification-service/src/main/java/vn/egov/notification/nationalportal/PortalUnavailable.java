package vn.egov.notification.nationalportal;

/**
 * The national portal did not take a record this time (5xx, 429, a timeout, a refused connection, a session it kept
 * refusing): the consumer tries again after a pause, then dead-letters the event.
 */
public class PortalUnavailable extends RuntimeException {

    public PortalUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }

    public PortalUnavailable(String reason) {
        super(reason);
    }
}
