package vn.egov.identity.user;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The accounts seeded into the database at start ({@code egov.identity}): the demo accounts of the local stack
 * unless {@code demo-users} is false, and any {@code users[...]} a deployment or test names besides. Seeding only
 * opens missing accounts; it never changes an existing one, so a changed password or role stays changed.
 *
 * @param demoUsers whether to seed the demo accounts, whose password is their user name; true for the local stack,
 *     false in production
 * @param users more accounts to seed
 */
@ConfigurationProperties("egov.identity")
public record UserProperties(Boolean demoUsers, List<NewAccount> users) {

    /** The demo district (UBND quận Hải Châu) and commune (UBND phường Thạch Thang) of the demo catalogue. */
    public static final String DEMO_DISTRICT = "000.00.41.H17";

    public static final String DEMO_COMMUNE = "000.01.41.H17";

    /** Sở Tư pháp thành phố Đà Nẵng, the agency of most of the demo catalogue's online procedures. */
    public static final String DEMO_DEPARTMENT = "000.00.15.H17";

    public UserProperties {
        demoUsers = demoUsers == null || demoUsers;
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** Every account to seed: the demo ones first when enabled, then the configured ones. */
    public List<NewAccount> accountsToSeed() {
        return demoUsers
                ? java.util.stream.Stream.concat(demoAccounts().stream(), users.stream())
                        .toList()
                : users;
    }

    static List<NewAccount> demoAccounts() {
        return List.of(
                new NewAccount("citizen", "citizen", List.of(Role.CITIZEN), null, "Nguyễn Văn An", "0905123456", null),
                new NewAccount("citizen2", "citizen2", List.of(Role.CITIZEN), null, "Phạm Thị Hoa", "0935123789", null),
                new NewAccount(
                        "officer",
                        "officer",
                        List.of(Role.OFFICER),
                        DEMO_DEPARTMENT,
                        "Trần Thị Bình",
                        null,
                        "officer@egov.danang.gov.vn"),
                new NewAccount(
                        "officer-haichau",
                        "officer-haichau",
                        List.of(Role.OFFICER),
                        DEMO_DISTRICT,
                        "Võ Minh Dũng",
                        null,
                        "officer-haichau@egov.danang.gov.vn"),
                new NewAccount(
                        "officer-thachthang",
                        "officer-thachthang",
                        List.of(Role.OFFICER),
                        DEMO_COMMUNE,
                        "Huỳnh Thị Lan",
                        null,
                        "officer-thachthang@egov.danang.gov.vn"),
                new NewAccount("admin", "admin", List.of(Role.ADMIN), null, "Lê Văn Cường", null, null));
    }
}
