package vn.egov.sandbox.fault;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the fault interceptor in front of every handler; it acts only on {@link FaultInjected} ones. */
@Configuration(proxyBeanMethods = false)
class FaultInjectionConfiguration implements WebMvcConfigurer {

    private final Faults faults;

    FaultInjectionConfiguration(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FaultInterceptor(faults));
    }
}
