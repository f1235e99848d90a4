package vn.egov.payment.callback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
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
@SecurityRequirements
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

    @Operation(
            summary = "A payment partner's signed notification (MoMo IPN, VietinBank balance change)",
            description =
                    """
                    Called by the payment partners, never by apps. There is no token: the partner's signature over
                    the raw message is the authentication, checked first and in constant time with the partner's
                    current key (or the previous one while it is still valid); partner, order and amount are then
                    checked against the payment. The answer is the reply the partner's protocol expects, for a
                    duplicate too.

                    * `momo` (JSON IPN): field `signature`, lowercase hex HMAC-SHA256 under the partner's secret key
                      over `accessKey=…&amount=…&extraData=…&message=…&orderId=…&orderInfo=…&orderType=…&partnerCode=…&payType=…&requestId=…&responseTime=…&resultCode=…&transId=…`
                      (values as received); reply 204, 400 when refused, 503 to be retried.
                    * `vietinbank` (JSON balance-change notification): field `signature`, Base64 SHA256withRSA with
                      the bank's key over transId+transTime+custCode+amount+bankTransId+remark (empty ones left out);
                      reply `{transId, providerId, errorCode, errorDesc, signature}` signed with the platform's key
                      (`00` recorded, `05` duplicate, `01` refused, `99` retry).
                    * `napas` does not call this: see `GET /api/payments/callbacks/napas/return`.
                    """)
    @PostMapping("/api/payments/callbacks/{provider}")
    ResponseEntity<String> notification(@PathVariable String provider, HttpServletRequest request) throws IOException {
        return handle(provider, InboundCallback.NOTIFICATION, request, body(request));
    }

    @Operation(
            summary = "The payer's browser back from the partner's page (NAPAS ECOM return)",
            description =
                    """
                    The partner sends the payer's browser here with the result in the query string. For `napas`
                    the `vpc_` fields are signed with `vpc_SecureHash`, upper-case hex, as the merchant account is
                    set up: MD5 of the secure secret followed by the values in field-name order, or HMAC-SHA256
                    under the secret of `name=value&…` in field-name order. A valid return is
                    only a hint, confirmed with NAPAS's QueryDR before anything is credited. Answered with a 303 to
                    the payment's landing page, or a 400 page when refused.
                    """)
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
