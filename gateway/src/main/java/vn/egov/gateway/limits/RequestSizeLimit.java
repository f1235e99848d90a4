package vn.egov.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.egov.gateway.problem.Problems;

/**
 * Caps request bodies at {@link RequestLimits#maxRequestSize()}. A declared {@code Content-Length} above the cap is
 * refused at once with 413; a body without one (chunked) is counted while it streams to the service and the call
 * fails with 413 once the cap is passed, so nobody can push an unbounded body through the gateway.
 */
public class RequestSizeLimit implements WebFilter, Ordered {

    private final long maxBytes;
    private final Problems problems;

    public RequestSizeLimit(RequestLimits limits, Problems problems) {
        this.maxBytes = limits.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(
                    exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large", tooLarge());
        }
        if (declared >= 0) {
            // The server never reads more than the declared length.
            return chain.filter(exchange);
        }
        return chain.filter(
                exchange.mutate().request(counted(exchange.getRequest())).build());
    }

    private ServerHttpRequest counted(ServerHttpRequest request) {
        AtomicLong seen = new AtomicLong();
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge()));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
    }

    private String tooLarge() {
        return "The request body is larger than " + maxBytes + " bytes";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
