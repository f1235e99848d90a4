package vn.egov.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceUrlsTest {

    @Test
    void defaultsToTheLocalStackPorts() {
        ServiceUrls urls = new ServiceUrls(null, null, null, null, null);

        assertThat(urls.catalogue()).containsExactly(URI.create("http://localhost:8081"));
        assertThat(urls.dossier()).containsExactly(URI.create("http://localhost:8082"));
        assertThat(urls.payment()).containsExactly(URI.create("http://localhost:8083"));
        assertThat(urls.notification()).containsExactly(URI.create("http://localhost:8084"));
        assertThat(urls.web()).containsExactly(URI.create("http://localhost:8085"));
    }

    @Test
    void takesSeveralInstancesOfAServiceByItsLoadBalancerName() {
        ServiceUrls urls = new ServiceUrls(
                null,
                List.of(URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8182")),
                null,
                null,
                null);

        assertThat(urls.instancesOf(ServiceUrls.DOSSIER))
                .containsExactly(URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8182"));
        assertThat(ServiceUrls.balanced(ServiceUrls.DOSSIER)).isEqualTo(URI.create("lb://dossier-service"));
    }

    @Test
    void asksEachInstanceForItsReadinessOnItsManagementPort() {
        var instance = InstanceLists.instances(ServiceUrls.DOSSIER, List.of(URI.create("http://127.0.0.1:8182")))
                .get(0);

        assertThat(InstanceLists.healthUri(instance, "/actuator/health/readiness", 1000))
                .isEqualTo(URI.create("http://127.0.0.1:9182/actuator/health/readiness"));
    }

    @Test
    void refusesABaseUrlWithAPathBecausePathsAreForwardedUnchanged() {
        assertThatThrownBy(() ->
                        new ServiceUrls(List.of(URI.create("http://catalogue:8080/catalogue")), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("egov.gateway.services.catalogue");
    }

    @Test
    void refusesARelativeUrl() {
        assertThatThrownBy(() -> new ServiceUrls(null, List.of(URI.create("dossier-service")), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("egov.gateway.services.dossier");
    }
}
