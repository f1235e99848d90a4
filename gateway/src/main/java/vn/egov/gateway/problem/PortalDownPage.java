package vn.egov.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;
import vn.egov.gateway.correlation.CorrelationIds;

/**
 * What a browser sees when the portal itself (the web front end) does not answer: a small page in Vietnamese with
 * the correlation id to read to the help desk, instead of problem+json it cannot show. Only for the portal's
 * addresses and only for requests that ask for HTML; API clients keep getting problem+json. The page has no script
 * and no style, so its Content-Security-Policy allows nothing.
 */
final class PortalDownPage {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final List<String> NOT_THE_PORTAL = List.of("/api/", "/actuator", "/internal");
    /** Public API addresses whose browser requests the portal answers (the "public-pages" route). */
    private static final List<String> PORTAL_PAGES_UNDER_THE_API =
            List.of("/api/public/results/", "/api/public/receipts/", "/api/public/payments/by-order/");

    private PortalDownPage() {}

    /** Whether the request is a browser's for one of the portal's pages. */
    static boolean wanted(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().value();
        boolean portalPage = NOT_THE_PORTAL.stream().noneMatch(path::startsWith)
                || (HttpMethod.GET.equals(request.getMethod())
                        && PORTAL_PAGES_UNDER_THE_API.stream().anyMatch(path::startsWith));
        if (!portalPage) {
            return false;
        }
        return request.getHeaders().getAccept().stream()
                .anyMatch(type -> type.getQualityValue() > 0 && MediaType.TEXT_HTML.equalsTypeAndSubtype(type));
    }

    static Mono<Void> write(ServerWebExchange exchange, HttpStatus status) {
        String correlationId = HtmlUtils.htmlEscape(CorrelationIds.of(exchange));
        String again = HtmlUtils.htmlEscape(exchange.getRequest().getPath().value());
        String html =
                """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Dịch vụ tạm thời gián đoạn — Cổng Dịch vụ công thành phố Đà Nẵng</title>
                </head>
                <body>
                <main>
                <h1>Dịch vụ tạm thời gián đoạn</h1>
                <p>Cổng Dịch vụ công thành phố Đà Nẵng đang tạm thời không trả lời. Vui lòng thử lại sau ít phút.</p>
                <p>Nếu cần hỗ trợ, hãy gọi đường dây nóng <a href="tel:1022">1022</a> và đọc mã tra cứu lỗi:
                <strong><code>%s</code></strong></p>
                <p><a href="%s">Thử lại</a></p>
                </main>
                </body>
                </html>
                """
                        .formatted(correlationId, again);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        headers.setContentLength(body.length);
        headers.setCacheControl("no-store");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            headers.set(HttpHeaders.RETRY_AFTER, "30");
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
