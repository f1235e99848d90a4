package vn.egov.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import vn.egov.gateway.problem.Problems;
import vn.egov.gateway.ratelimit.SharedBuckets.Verdict;
import vn.egov.webcore.ClientAddresses;

/**
 * Counts each API call against its caller's limit ({@link CallClasses}, {@link RateLimitProperties}) and answers 429
 * problem+json ({@code rate-limited}) with {@code Retry-After} once it is used up. Runs after the token check, which
 * tells a signed-in person (counted by the token's subject) from an anonymous caller (counted by client address,
 * {@link ClientAddresses}), and before routing. Every counted answer carries {@code X-RateLimit-Limit} and
 * {@code X-RateLimit-Remaining}.
 */
public class RateLimits implements WebFilter, Ordered {

    static final String LIMIT_HEADER = "X-RateLimit-Limit";
    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RateLimitProperties properties;
    private final ClientAddresses addresses;
    private final SharedBuckets buckets;
    private final Problems problems;
    private final Map<LimitClass, Counter> refused = new EnumMap<>(LimitClass.class);

    RateLimits(RateLimitProperties properties, SharedBuckets buckets, Problems problems, MeterRegistry meters) {
        this.properties = properties;
        this.addresses = new ClientAddresses(properties.trustedProxies());
        this.buckets = buckets;
        this.problems = problems;
        for (LimitClass limitClass : LimitClass.values()) {
            refused.put(
                    limitClass,
                    Counter.builder("egov.gateway.rate.limited")
                            .description("API calls refused with 429 because the caller's limit was used up")
                            .tag("class", limitClass.slug())
                            .register(meters));
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(Authentication::getName)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(subject -> CallClasses.of(exchange.getRequest(), subject.isPresent())
                        .map(limitClass -> count(exchange, chain, limitClass, subject))
                        .orElseGet(() -> chain.filter(exchange)));
    }

    private Mono<Void> count(
            ServerWebExchange exchange, WebFilterChain chain, LimitClass limitClass, Optional<String> subject) {
        RateLimitProperties.Limit limit = properties.limit(limitClass);
        String caller = limitClass == LimitClass.USER
                ? "user:" + subject.orElseThrow()
                : "ip:" + clientAddress(exchange.getRequest());
        String key = limitClass.slug() + ":" + limit.fingerprint() + ":" + caller;
        return buckets.take(key, limit).flatMap(verdict -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            if (verdict.counted()) {
                headers.set(LIMIT_HEADER, Long.toString(verdict.limit()));
                headers.set(REMAINING_HEADER, Long.toString(verdict.remaining()));
            }
            if (verdict.allowed()) {
                return chain.filter(exchange);
            }
            refused.get(limitClass).increment();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
            return problems.write(
                    exchange,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate-limited",
                    "Too many requests",
                    tooMany(limitClass, limit, verdict));
        });
    }

    private static String tooMany(LimitClass limitClass, RateLimitProperties.Limit limit, Verdict verdict) {
        String what = limitClass == LimitClass.LOOKUP ? "look-ups" : "requests";
        return "At most " + limit.requests() + " " + what + " every "
                + limit.per().toSeconds() + " seconds are allowed; try again in " + verdict.retryAfterSeconds()
                + " seconds";
    }

    /**
     * After Spring Security's {@link WebFilterChainProxy} (order -100, {@code WebFluxSecurityConfiguration}), which
     * knows who calls, and before routing (the dispatcher, after every web filter).
     */
    @Override
    public int getOrder() {
        return -50;
    }

    private String clientAddress(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return addresses.of(
                remote == null || remote.getAddress() == null
                        ? null
                        : remote.getAddress().getHostAddress(),
                request.getHeaders().getValuesAsList(ClientAddresses.FORWARDED_FOR));
    }
}
