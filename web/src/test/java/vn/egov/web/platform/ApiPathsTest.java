package vn.egov.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiPathsTest {

    @Test
    void encodesEverySegmentSoThatNothingTypedChangesThePath() {
        assertThat(ApiPaths.path("/api/dossiers/{}/actions/{}", "000.00.15.H17-261207-0001", "accept"))
                .isEqualTo("/api/dossiers/000.00.15.H17-261207-0001/actions/accept");
        assertThat(ApiPaths.path("/api/public/results/{}", "../internal/x y"))
                .isEqualTo("/api/public/results/..%2Finternal%2Fx%20y");
        assertThatThrownBy(() -> ApiPaths.path("/api/{}/{}", "one")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void encodesQueryValuesStrictlyAndSkipsTheMissingOnes() {
        assertThat(ApiPaths.query(
                        "/api/catalogue/procedures",
                        ApiPaths.parameters("q", "lý lịch+tư/pháp&x", "sector", null, "page", 0)))
                .isEqualTo("/api/catalogue/procedures?q=l%C3%BD%20l%E1%BB%8Bch%2Bt%C6%B0%2Fph%C3%A1p%26x&page=0");
        assertThat(ApiPaths.query("/thu-tuc", ApiPaths.parameters("q", null))).isEqualTo("/thu-tuc");
    }
}
