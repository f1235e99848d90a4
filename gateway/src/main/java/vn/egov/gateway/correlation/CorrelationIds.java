package vn.egov.gateway.correlation;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.egov.webcore.CorrelationIdRule;

/**
 * Gives every request a correlation id before anything else runs, by the rule the services follow too
 * ({@link CorrelationIdRule}): the caller's {@code X-Correlation-Id} when it is sane, otherwise a new UUID. The id goes to the service in the request header, back to the caller in the response
 * header (also on the gateway's own errors), and into the exchange attributes for the problem documents.
 */
public class CorrelationIds implements WebFilter, Ordered {

    public static final String HEADER = CorrelationIdRule.HEADER;
    public static final String ATTRIBUTE = CorrelationIds.class.getName() + ".id";

    public static String of(ServerWebExchange exchange) {
        String id = exchange.getAttribute(ATTRIBUTE);
        return id == null ? "" : id;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = CorrelationIdRule.accept(exchange.getRequest().getHeaders().getFirst(HEADER));
        exchange.getAttributes().put(ATTRIBUTE, id);
        ServerHttpRequest request =
                exchange.getRequest().mutate().headers(h -> h.set(HEADER, id)).build();
        // Set just before commit so that a service's own header, copied by the proxy, cannot make it appear twice.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
