package vn.egov.gateway.routing;

import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/**
 * The instances that passed their last readiness check, or all of them when none did: a health endpoint that cannot
 * be reached (a wrong port offset, a probe not enabled) must not take a service off the gateway; a dead instance is
 * then refused at connect, answered 503 or retried on another instance.
 */
final class HealthyOrAll extends DelegatingServiceInstanceListSupplier implements InitializingBean, DisposableBean {

    private final HealthCheckServiceInstanceListSupplier checked;
    private final List<ServiceInstance> all;

    HealthyOrAll(HealthCheckServiceInstanceListSupplier checked, List<ServiceInstance> all) {
        super(checked);
        this.checked = checked;
        this.all = List.copyOf(all);
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return checked.get().map(healthy -> healthy.isEmpty() ? all : healthy);
    }

    @Override
    public void afterPropertiesSet() {
        checked.afterPropertiesSet();
    }

    @Override
    public void destroy() {
        checked.destroy();
    }
}
