package vn.egov.identity.loginlimit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginAttemptLimitTest {

    @Test
    void saysWhenToTryAgainInWholeMinutesRoundedUp() {
        assertThat(LoginAttemptLimit.alert(541))
                .contains("Vui lòng thử lại sau 10 phút.")
                .contains("try again in 10 minutes.");
    }

    @Test
    void saysSecondsInTheLastMinute() {
        assertThat(LoginAttemptLimit.alert(45))
                .contains("Vui lòng thử lại sau 45 giây.")
                .contains("try again in 45 seconds.");
    }

    @Test
    void neverTellsWhetherTheAccountExists() {
        assertThat(LoginAttemptLimit.alert(60))
                .contains("Có quá nhiều lần đăng nhập từ địa chỉ mạng này")
                .doesNotContain("tài khoản", "account", "mật khẩu", "password");
    }
}
