package vn.egov.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnAfterSignInTest {

    @Test
    void keepsOnlyThePathAndQueryOfTheAddressToReturnTo() {
        assertThat(ReturnAfterSignIn.sameSitePath("http://127.0.0.1:8085/ho-so/X?trang=2"))
                .isEqualTo("/ho-so/X?trang=2");
        assertThat(ReturnAfterSignIn.sameSitePath("https://evil.example/steal")).isEqualTo("/steal");
    }

    @Test
    void neverReturnsToAnotherSite() {
        assertThat(ReturnAfterSignIn.sameSitePath("//evil.example/x")).isEqualTo("/x");
        assertThat(ReturnAfterSignIn.sameSitePath("/\\evil.example")).isEqualTo("/");
        assertThat(ReturnAfterSignIn.sameSitePath(null)).isEqualTo("/");
        assertThat(ReturnAfterSignIn.sameSitePath("not a url")).isEqualTo("/");
        assertThat(ReturnAfterSignIn.sameSitePath("javascript:alert(1)")).isEqualTo("/");
    }
}
