package vn.egov.gateway.limits;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;
import vn.egov.gateway.problem.Problems;

/**
 * Answers 404 for service-to-service and management paths before authentication, so that from outside they look
 * exactly like paths that do not exist (with or without a token). No route leads there anyway; this keeps it so even
 * if someone adds a broad route later. The gateway's own probes and metrics are on its management port, not here.
 */
public class InternalPaths implements WebFilter, Ordered {

    private static final List<PathPattern> HIDDEN = patterns("/internal", "/internal/**", "/actuator", "/actuator/**");

    private final Problems problems;
    private final ApplicationContext publicServer;

    /**
     * @param publicServer the context of the public server; the management server (a child context with a port of
     *     its own, which the web filters of the parent also reach) serves its {@code /actuator/**} untouched
     */
    public InternalPaths(Problems problems, ApplicationContext publicServer) {
        this.problems = problems;
        this.publicServer = publicServer;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getApplicationContext() != null && exchange.getApplicationContext() != publicServer) {
            return chain.filter(exchange);
        }
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (matches(HIDDEN, path)) {
            return problems.write(
                    exchange, HttpStatus.NOT_FOUND, "not-found", "Not found", "There is nothing at " + path.value());
        }
        return chain.filter(exchange);
    }

    private static boolean matches(List<PathPattern> patterns, PathContainer path) {
        return patterns.stream().anyMatch(p -> p.matches(path));
    }

    private static List<PathPattern> patterns(String... patterns) {
        return java.util.Arrays.stream(patterns)
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
