package vn.egov.servicedefaults.correlation;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/** Carries the correlation id on every Feign call to another service. */
public class CorrelationIdFeignInterceptor implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        CorrelationId.current().ifPresent(id -> template.header(CorrelationId.HEADER, id));
    }
}
