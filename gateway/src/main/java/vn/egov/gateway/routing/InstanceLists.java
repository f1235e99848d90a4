package vn.egov.gateway.routing;

import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The instances of one service, in the load balancer's own context for that service (hence no {@code @Configuration}:
 * component scanning must not pick it up for the gateway's context). A service with one instance is that instance; a
 * service with several is checked every {@code spring.cloud.loadbalancer.health-check.interval} on each instance's
 * readiness, which the platform serves on the management port, the service port plus {@code
 * egov.gateway.health-check.port-offset}.
 */
class InstanceLists {

    @Bean
    ServiceInstanceListSupplier serviceInstances(
            Environment environment,
            ServiceUrls urls,
            LoadBalancerClientFactory balancers,
            @Value("${egov.gateway.health-check.port-offset:1000}") int portOffset) {
        String service = environment.getRequiredProperty(LoadBalancerClientFactory.PROPERTY_NAME);
        List<ServiceInstance> instances = instances(service, urls.instancesOf(service));
        ServiceInstanceListSupplier configured = new Configured(service, instances);
        if (instances.size() == 1) {
            return configured;
        }
        // A check that has not answered within the interval counts as failed (HealthCheckServiceInstanceListSupplier).
        WebClient client = WebClient.create();
        HealthCheckServiceInstanceListSupplier checked = new HealthCheckServiceInstanceListSupplier(
                configured, balancers, (instance, path) -> isReady(client, instance, path, portOffset));
        return new HealthyOrAll(checked, instances);
    }

    static List<ServiceInstance> instances(String service, List<URI> urls) {
        return urls.stream()
                .map(url -> (ServiceInstance) new DefaultServiceInstance(
                        service + "-" + url.getHost() + "-" + port(url),
                        service,
                        url.getHost(),
                        port(url),
                        "https".equals(url.getScheme())))
                .toList();
    }

    /** Where an instance's readiness answers: its host, its port plus the offset, the configured path. */
    static URI healthUri(ServiceInstance instance, String path, int portOffset) {
        return UriComponentsBuilder.newInstance()
                .scheme(instance.isSecure() ? "https" : "http")
                .host(instance.getHost())
                .port(instance.getPort() + portOffset)
                .path(path)
                .build()
                .toUri();
    }

    private static Mono<Boolean> isReady(WebClient client, ServiceInstance instance, String path, int portOffset) {
        return client.get().uri(healthUri(instance, path, portOffset)).exchangeToMono(response -> response.releaseBody()
                .thenReturn(response.statusCode().is2xxSuccessful()));
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }

    /** The configured instances, as they are. */
    private static final class Configured implements ServiceInstanceListSupplier {

        private final String service;
        private final List<ServiceInstance> instances;

        Configured(String service, List<ServiceInstance> instances) {
            this.service = service;
            this.instances = instances;
        }

        @Override
        public String getServiceId() {
            return service;
        }

        @Override
        public Flux<List<ServiceInstance>> get() {
            return Flux.just(instances);
        }
    }
}
