package vn.egov.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ServiceUrlsTest {

    @Test
    void defaultsToTheLocalStackPorts() {
        ServiceUrls urls = new ServiceUrls(null, null, null, null, null);

        assertThat(urls.catalogue()).isEqualTo(URI.create("http://localhost:8081"));
        assertThat(urls.dossier()).isEqualTo(URI.create("http://localhost:8082"));
        assertThat(urls.payment()).isEqualTo(URI.create("http://localhost:8083"));
        assertThat(urls.notification()).isEqualTo(URI.create("http://localhost:8084"));
        assertThat(urls.web()).isEqualTo(URI.create("http://localhost:8085"));
    }

    @Test
    void refusesABaseUrlWithAPathBecausePathsAreForwardedUnchanged() {
        assertThatThrownBy(() -> new ServiceUrls(URI.create("http://catalogue:8080/catalogue"), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("egov.gateway.services.catalogue");
    }

    @Test
    void refusesARelativeUrl() {
        assertThatThrownBy(() -> new ServiceUrls(null, URI.create("dossier-service"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("egov.gateway.services.dossier");
    }
}
