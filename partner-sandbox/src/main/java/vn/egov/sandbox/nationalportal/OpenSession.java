package vn.egov.sandbox.nationalportal;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The portal's log-in for an integration account: user name and password in, a session out. */
@Component
public class OpenSession {

    private final PortalSessions sessions;

    OpenSession(PortalSessions sessions) {
        this.sessions = sessions;
    }

    /** A session for the right credentials, else empty. */
    public Optional<String> open(String username, String password) {
        return sessions.open(username, password);
    }
}
