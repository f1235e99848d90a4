package vn.egov.identity.user.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.identity.user.UserAccount;
import vn.egov.identity.user.Users;

/**
 * {@code GET /internal/officers[?agency=]} for other services (role SERVICE): who works at which agency and their
 * e-mail address, for notification-service's morning digest. Enabled officers only. Not paged: a city has some
 * hundreds of officers, and the digest needs them all.
 */
@RestController
class InternalOfficersController {

    private final Users users;

    InternalOfficersController(Users users) {
        this.users = users;
    }

    /**
     * One officer.
     *
     * @param email null when the account has none
     */
    record Officer(String username, String name, String email, String agencyCode) {

        static Officer of(UserAccount account) {
            return new Officer(account.username(), account.name(), account.email(), account.agency());
        }
    }

    record Officers(List<Officer> items) {}

    @GetMapping("/internal/officers")
    Officers officers(@RequestParam(name = "agency", required = false) String agency) {
        String wanted = agency == null || agency.isBlank() ? null : agency.strip();
        return new Officers(users.officers(wanted).stream().map(Officer::of).toList());
    }
}
