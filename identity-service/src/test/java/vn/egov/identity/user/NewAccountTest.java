package vn.egov.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NewAccountTest {

    @Nested
    class DemoAccounts {

        @Test
        void twoCitizensOfficersOfACityADistrictAndACommuneAgencyAndAnAdmin() {
            List<NewAccount> accounts = new UserProperties(null, null).accountsToSeed();

            assertThat(accounts)
                    .extracting(NewAccount::username)
                    .containsExactly(
                            "citizen", "citizen2", "officer", "officer-haichau", "officer-thachthang", "admin");
            assertThat(accounts)
                    .allSatisfy(account -> assertThat(account.password()).isEqualTo(account.username()));
            assertThat(accounts)
                    .filteredOn(account -> account.roles().contains(Role.OFFICER))
                    .extracting(NewAccount::agency)
                    .containsExactly("000.00.15.H17", "000.00.41.H17", "000.01.41.H17");
        }

        @Test
        void productionSeedsOnlyTheConfiguredAccounts() {
            NewAccount configured = new NewAccount(
                    "giamdoc", "{argon2}$argon2id$...", List.of(Role.ADMIN), null, "Giám đốc", null, null);

            assertThat(new UserProperties(false, List.of(configured)).accountsToSeed())
                    .containsExactly(configured);
        }
    }

    @Nested
    class Rules {

        @Test
        void userNamesAreKeptLowerCase() {
            NewAccount account = new NewAccount(
                    " CanBo.HaiChau ", "mat-khau-1", List.of(Role.OFFICER), "000.00.41.H17", "A", null, null);

            assertThat(account.username()).isEqualTo("canbo.haichau");
        }

        @Test
        void anOfficerNeedsAnAgency() {
            assertThatThrownBy(() -> new NewAccount("o2", "pw", List.of(Role.OFFICER), " ", "Officer Two", null, null))
                    .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.slug())
                            .isEqualTo("officer-without-agency"));
        }

        @Test
        void anAgencyCodeHasTheAdministrativeShape() {
            assertThatThrownBy(() -> new NewAccount("o3", "pw", List.of(Role.OFFICER), "H17", "Officer", null, null))
                    .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.slug())
                            .isEqualTo("invalid-agency-code"));
        }

        @Test
        void peopleCannotHoldTheServiceRole() {
            assertThatThrownBy(() -> new NewAccount("bot", "pw", List.of(Role.SERVICE), null, "Bot", null, null))
                    .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.slug())
                            .isEqualTo("service-role-reserved"));
        }

        @Test
        void anAccountWithoutRolesIsRefused() {
            assertThatThrownBy(() -> new NewAccount("nobody", "pw", List.of(), null, "Nobody", null, null))
                    .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.slug())
                            .isEqualTo("missing-roles"));
        }

        @Test
        void aMalformedEmailIsRefused() {
            assertThatThrownBy(() -> new NewAccount(
                            "o4", "pw", List.of(Role.OFFICER), "000.00.15.H17", "Officer", null, "not-an-address"))
                    .isInstanceOfSatisfying(AccountProblem.class, problem -> assertThat(problem.slug())
                            .isEqualTo("invalid-email"));
        }

        @Test
        void aUserNameWithSpacesOrOneLetterIsRefused() {
            assertThat(Username.isValid("can bo")).isFalse();
            assertThat(Username.isValid("a")).isFalse();
            assertThat(Username.isValid("Officer")).isTrue();
        }
    }
}
