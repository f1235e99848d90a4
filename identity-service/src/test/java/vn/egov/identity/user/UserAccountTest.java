package vn.egov.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void demoUsersAreTheCitizenTheOfficerOfTheDepartmentOfJusticeAndTheAdmin() {
        List<UserAccount> users = new UserProperties(null).users();

        assertThat(users).extracting(UserAccount::username).containsExactly("citizen", "officer", "admin");
        assertThat(users).allSatisfy(user -> assertThat(user.password()).isEqualTo(user.username()));
        assertThat(users.get(0).roleNames()).containsExactly("CITIZEN");
        assertThat(users.get(0).phone()).isEqualTo("0905123456");
        assertThat(users.get(1).agency()).isEqualTo("000.00.15.H17");
        assertThat(users.get(1).email()).isEqualTo("officer@egov.danang.gov.vn");
        assertThat(users.get(2).roleNames()).containsExactly("ADMIN");
    }

    @Test
    void officerWithoutAnAgencyIsRejected() {
        assertThatThrownBy(() -> new UserAccount("o2", "pw", List.of(Role.OFFICER), " ", "Officer Two", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agency");
    }

    @Test
    void peopleCannotHoldTheServiceRole() {
        assertThatThrownBy(() -> new UserAccount("bot", "pw", List.of(Role.SERVICE), null, "Bot", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SERVICE");
    }

    @Test
    void userWithoutRolesIsRejected() {
        assertThatThrownBy(() -> new UserAccount("nobody", "pw", List.of(), null, "Nobody", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedEmailIsRejected() {
        assertThatThrownBy(() -> new UserAccount(
                        "o3", "pw", List.of(Role.OFFICER), "000.00.15.H17", "Officer Three", null, "not-an-address"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e-mail");
    }
}
