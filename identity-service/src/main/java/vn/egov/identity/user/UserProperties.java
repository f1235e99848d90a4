package vn.egov.identity.user;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users who can sign in ({@code egov.identity.users[...]}); without configuration, the three demo users of the
 * local stack, whose password is their user name.
 */
@ConfigurationProperties("egov.identity")
public record UserProperties(List<UserAccount> users) {

    public UserProperties {
        users = users == null || users.isEmpty() ? demoUsers() : List.copyOf(users);
    }

    static List<UserAccount> demoUsers() {
        return List.of(
                new UserAccount("citizen", "citizen", List.of(Role.CITIZEN), null, "Nguyễn Văn An", "0905123456", null),
                // 000.00.15.H17 is Sở Tư pháp thành phố Đà Nẵng, the agency of the demo catalogue's procedures.
                new UserAccount(
                        "officer",
                        "officer",
                        List.of(Role.OFFICER),
                        "000.00.15.H17",
                        "Trần Thị Bình",
                        null,
                        "officer@egov.danang.gov.vn"),
                new UserAccount("admin", "admin", List.of(Role.ADMIN), null, "Lê Văn Cường", null, null));
    }
}
