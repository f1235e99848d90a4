package vn.egov.sandbox.nationalportal.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.nationalportal.PortalSessions;
import vn.egov.sandbox.nationalportal.ReceivedSync;
import vn.egov.sandbox.nationalportal.ReceivedSyncs;

/**
 * What the national portal received, for tests and the devstack user: {@code GET
 * /sandbox/national-portal/dossiers/{code}} lists the records accepted for one dossier, oldest first ({@code
 * /sandbox/national-portal/dossiers} all of them); {@code DELETE} forgets them; {@code POST
 * /sandbox/national-portal/sessions/expire} ends every session, as a portal rotating them would.
 */
@RestController
class ReceivedSyncsController {

    private final ReceivedSyncs received;
    private final PortalSessions sessions;

    ReceivedSyncsController(ReceivedSyncs received, PortalSessions sessions) {
        this.received = received;
        this.sessions = sessions;
    }

    @GetMapping("/sandbox/national-portal/dossiers/{code}")
    List<ReceivedSync> ofDossier(@PathVariable String code) {
        return received.of(code);
    }

    @GetMapping("/sandbox/national-portal/dossiers")
    List<ReceivedSync> all() {
        return received.of(null);
    }

    @DeleteMapping("/sandbox/national-portal/dossiers")
    ResponseEntity<Void> clear() {
        received.clear();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sandbox/national-portal/sessions/expire")
    ResponseEntity<Void> expireSessions() {
        sessions.expireAll();
        return ResponseEntity.noContent().build();
    }
}
