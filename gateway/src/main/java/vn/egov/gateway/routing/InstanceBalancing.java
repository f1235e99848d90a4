package vn.egov.gateway.routing;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/**
 * Spreads each route's requests over the service's instances (Spring Cloud LoadBalancer, round robin), leaving out an
 * instance that fails its readiness check: every service gets {@link InstanceLists}' supplier, built from {@link
 * ServiceUrls}.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = InstanceLists.class)
public class InstanceBalancing {}
