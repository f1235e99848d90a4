package vn.egov.gateway.problem;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;
import vn.egov.gateway.correlation.CorrelationIds;

/**
 * Turns every failure that reaches the top of the gateway into problem+json, replacing Spring Boot's default handler
 * (which would answer HTML to browsers and 500 for a service that is down). Callers see why, never how: no stack
 * traces, no exception messages, no upstream addresses. The one exception: a browser asking for a portal page when
 * the portal does not answer gets {@link PortalDownPage}, a page it can show, with the same correlation id.
 */
public class GatewayErrors implements ErrorWebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrors.class);

    private final Problems problems;

    public GatewayErrors(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            // Part of a service's answer is already on its way; all that is left is to cut the connection.
            log.warn("Failure after the response started [{}]", CorrelationIds.of(exchange), error);
            return Mono.error(error);
        }
        if (causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class)) {
            log.warn(
                    "Service not reachable for {} [{}]: {}",
                    path(exchange),
                    CorrelationIds.of(exchange),
                    error.toString());
            return serviceUnavailable(exchange);
        }
        if (causedBy(error, PrematureCloseException.class)) {
            log.warn("Service closed the connection for {} [{}]", path(exchange), CorrelationIds.of(exchange));
            if (PortalDownPage.wanted(exchange)) {
                return PortalDownPage.write(exchange, HttpStatus.BAD_GATEWAY);
            }
            return problems.write(
                    exchange,
                    HttpStatus.BAD_GATEWAY,
                    "bad-gateway",
                    "Bad gateway",
                    "The service ended the connection without an answer; please try again later");
        }
        if (causedBy(error, TimeoutException.class) && !(error instanceof ResponseStatusException)) {
            return gatewayTimeout(exchange);
        }
        if (error instanceof ResponseStatusException status) {
            return fromStatus(exchange, status.getStatusCode());
        }
        log.error("Unexpected failure for {} [{}]", path(exchange), CorrelationIds.of(exchange), error);
        return problems.write(
                exchange,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "Something went wrong on our side; quote the correlation id when you contact support");
    }

    private Mono<Void> fromStatus(ServerWebExchange exchange, HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return problems.write(exchange, status, "error", "Error", "The request could not be completed");
        }
        return switch (known) {
            case NOT_FOUND ->
                problems.write(exchange, known, "not-found", "Not found", "There is nothing at " + path(exchange));
            case GATEWAY_TIMEOUT -> gatewayTimeout(exchange);
            // Spring Cloud Gateway's own "no instance available" is a 503 as well.
            case SERVICE_UNAVAILABLE -> serviceUnavailable(exchange);
            case CONTENT_TOO_LARGE ->
                problems.write(
                        exchange, known, "payload-too-large", "Payload too large", "The request body is too large");
            case METHOD_NOT_ALLOWED ->
                problems.write(
                        exchange,
                        known,
                        "method-not-allowed",
                        "Method not allowed",
                        exchange.getRequest().getMethod() + " is not allowed on " + path(exchange));
            case UNSUPPORTED_MEDIA_TYPE ->
                problems.write(
                        exchange,
                        known,
                        "unsupported-media-type",
                        "Unsupported media type",
                        "The request body's content type is not accepted here");
            default ->
                problems.write(
                        exchange,
                        known,
                        slug(known),
                        known.getReasonPhrase(),
                        known.is5xxServerError()
                                ? "Something went wrong on our side; please try again later"
                                : "The request could not be completed");
        };
    }

    private Mono<Void> serviceUnavailable(ServerWebExchange exchange) {
        if (PortalDownPage.wanted(exchange)) {
            return PortalDownPage.write(exchange, HttpStatus.SERVICE_UNAVAILABLE);
        }
        return problems.write(
                exchange,
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Service unavailable",
                "The service behind " + path(exchange) + " is not available right now; please try again later");
    }

    private Mono<Void> gatewayTimeout(ServerWebExchange exchange) {
        log.warn("Service too slow for {} [{}]", path(exchange), CorrelationIds.of(exchange));
        if (PortalDownPage.wanted(exchange)) {
            return PortalDownPage.write(exchange, HttpStatus.GATEWAY_TIMEOUT);
        }
        return problems.write(
                exchange,
                HttpStatus.GATEWAY_TIMEOUT,
                "gateway-timeout",
                "Gateway timeout",
                "The service did not answer in time; please try again later");
    }

    private static String path(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }

    private static String slug(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        // Ahead of Spring Boot's DefaultErrorWebExceptionHandler (-1), which only steps back for a bean of this type.
        return -2;
    }
}
