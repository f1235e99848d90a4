package vn.egov.payment.callback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.payment.callback.ReceiveCallback;
import vn.egov.payment.payment.web.ClientAddress;
import vn.egov.payment.provider.CallbackReply;
import vn.egov.payment.provider.InboundCallback;
import vn.egov.payment.provider.PaymentProvider;
import vn.egov.payment.provider.PaymentProviders;
import vn.egov.servicedefaults.problem.ApiProblem;

/**
 * The partners' doors: server-to-server notifications ({@code POST /api/payments/callbacks/{provider}}) and payers'
 * browsers coming back from a partner's page ({@code GET /api/payments/callbacks/{provider}/return}). No token: each
 * message is authenticated by the partner's signature, checked by the adapter over the raw bytes.
 */
@RestController
class CallbackController {

    /** Partners' messages are a few hundred bytes; anything far larger is not one of theirs. */
    private static final int MAX_BODY = 64 * 1024;

    private final PaymentProviders providers;
    private final ReceiveCallback receiveCallback;
    private final Clock clock;

    CallbackController(PaymentProviders providers, ReceiveCallback receiveCallback, Clock clock) {
        this.providers = providers;
        this.receiveCallback = receiveCallback;
        this.clock = clock;
    }

    @PostMapping("/api/payments/callbacks/{provider}")
    ResponseEntity<String> notification(@PathVariable String provider, HttpServletRequest request) throws IOException {
        return handle(provider, InboundCallback.NOTIFICATION, request, body(request));
    }

    @GetMapping("/api/payments/callbacks/{provider}/return")
    ResponseEntity<String> browserReturn(@PathVariable String provider, HttpServletRequest request) {
        return handle(provider, InboundCallback.RETURN, request, new byte[0]);
    }

    private ResponseEntity<String> handle(String code, String kind, HttpServletRequest request, byte[] body) {
        PaymentProvider provider = providers
                .find(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ApiProblem.notFound("Payment provider", code));
        InboundCallback callback = new InboundCallback(
                provider.code(),
                kind,
                query(request.getQueryString()),
                body,
                request.getContentType(),
                ClientAddress.of(request),
                clock.instant());
        CallbackReply reply = receiveCallback.receive(provider, callback);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(reply.status());
        reply.headers().forEach(response::header);
        return response.body(reply.body().isEmpty() ? null : reply.body());
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new ApiProblem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "payload-too-large",
                        "Payload too large",
                        "A partner callback is at most " + MAX_BODY + " bytes");
            }
            return body;
        }
    }

    /**
     * The query string's parameters, decoded as UTF-8, the first of a repeated one kept. Read from the raw query string
     * rather than the servlet's parameters, which would also parse (and consume) a form body.
     */
    static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.putIfAbsent(name, value);
            } catch (IllegalArgumentException malformed) {
                // A broken escape is kept as sent: the signature check then refuses the message.
                query.putIfAbsent(pair, "");
            }
        }
        return query;
    }
}
