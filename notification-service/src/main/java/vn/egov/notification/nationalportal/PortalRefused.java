package vn.egov.notification.nationalportal;

/**
 * The national portal refused a record for good (its validation, or another 4xx than 401 and 429): sending it again
 * cannot help, so the event goes to the dead-letter topic at once with the portal's message.
 */
public class PortalRefused extends RuntimeException {

    public PortalRefused(String portalMessage) {
        super(portalMessage);
    }
}
