package vn.egov.payment.napas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.egov.payment.provider.CallbackHandling;
import vn.egov.payment.provider.CallbackReply;
import vn.egov.payment.provider.CallbackVerdict;
import vn.egov.payment.provider.CallbackVerdict.Authentic;
import vn.egov.payment.provider.CallbackVerdict.Refused;
import vn.egov.payment.provider.Checkout;
import vn.egov.payment.provider.InboundCallback;
import vn.egov.payment.provider.Outcome;
import vn.egov.payment.provider.PartnerHttp;
import vn.egov.payment.provider.PaymentProvider;
import vn.egov.payment.provider.ProviderOrder;
import vn.egov.payment.provider.ProviderResult;
import vn.egov.payment.provider.ProviderUnavailable;
import vn.egov.payment.provider.RefundOrder;
import vn.egov.payment.provider.RefundResult;

/**
 * NAPAS in the classic ECOM {@code vpc_} protocol. The payer's browser is sent to the gateway's page with a signed
 * request and comes back with a signed result; as the payer carries that result, it is only a hint, confirmed by
 * QueryDR ({@code vpcdps}) before money is credited. NAPAS has no server-to-server notification in this protocol.
 *
 * <p>The cancel button of the gateway's page sends the browser to the back URL without a signature: it is read as a
 * hint that the named order is still {@link Outcome#PENDING}, so that QueryDR decides.
 */
@Component
public class NapasProvider implements PaymentProvider {

    public static final String CODE = "NAPAS";

    static final String PAY_PATH = "/gateway/vpcpay.do";
    static final String DPS_PATH = "/gateway/vpcdps";

    /** Our order ids, as the back URL may name one without a signature. */
    private static final Pattern ORDER_ID = Pattern.compile("[A-Z0-9]{1,25}");

    private static final int ORDER_INFO_MAX = 255;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_PRINTABLE_ASCII = Pattern.compile("[^\\x20-\\x7E]");

    private static final String REFUSED_PAGE =
            """
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>Không xác nhận được kết quả thanh toán</title></head>
            <body>
            <h1>Không xác nhận được kết quả thanh toán</h1>
            <p>Đường dẫn trở về từ cổng thanh toán NAPAS không hợp lệ. Nếu bạn đã thanh toán, kết quả sẽ được cập nhật
            vào hồ sơ sau ít phút: vui lòng xem lại trạng thái hồ sơ và không thanh toán lần nữa.</p>
            </body>
            </html>
            """;

    private final NapasProperties properties;
    private final Clock clock;
    private final RestClient http;

    NapasProvider(NapasProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = PartnerHttp.client(properties.baseUrl(), properties.connectTimeout(), properties.readTimeout())
                .build();
    }

    @Override
    public String code() {
        return CODE;
    }

    /** No call to NAPAS: the signed request travels in the URL the payer's browser is sent to. */
    @Override
    public Checkout start(ProviderOrder order) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vpc_Version", "2.0");
        fields.put("vpc_Command", "pay");
        fields.put("vpc_AccessCode", properties.accessCode());
        fields.put("vpc_Merchant", properties.merchant());
        fields.put("vpc_MerchTxnRef", order.providerOrderId());
        fields.put("vpc_OrderInfo", orderInfo(order));
        fields.put("vpc_Amount", minorUnits(order.amount()));
        fields.put("vpc_CurrencyCode", "VND");
        fields.put("vpc_Locale", "vn");
        fields.put("vpc_ReturnURL", properties.returnUrl());
        fields.put("vpc_BackURL", properties.backUrl());
        fields.put("vpc_TicketNo", isBlank(order.clientIp()) ? "127.0.0.1" : order.clientIp());
        sign(fields);
        return Checkout.redirect(properties.baseUrl() + PAY_PATH + "?" + FormEncoding.encode(fields), null);
    }

    @Override
    public ProviderResult query(ProviderOrder order) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vpc_Version", "2.1");
        fields.put("vpc_Command", "queryDR");
        fields.put("vpc_AccessCode", properties.accessCode());
        fields.put("vpc_Merchant", properties.merchant());
        fields.put("vpc_MerchTxnRef", order.providerOrderId());
        fields.put("vpc_User", properties.user());
        fields.put("vpc_Password", properties.password());
        sign(fields);
        Map<String, String> answer = exchange("queryDR", fields, order.providerOrderId());
        String exists = answer.get("vpc_DRExists");
        if ("N".equalsIgnoreCase(exists)) {
            boolean expired = order.expiresAt() != null && !clock.instant().isBefore(order.expiresAt());
            return new ProviderResult(
                    order.providerOrderId(),
                    expired ? Outcome.NOT_FOUND : Outcome.PENDING,
                    null,
                    null,
                    null,
                    "vpc_DRExists=N");
        }
        if (!"Y".equalsIgnoreCase(exists)) {
            throw unavailable("queryDR", "answer without vpc_DRExists");
        }
        String code = answer.get("vpc_TxnResponseCode");
        if (isBlank(code)) {
            throw unavailable("queryDR", "answer without vpc_TxnResponseCode");
        }
        Long amount;
        try {
            amount = isBlank(answer.get("vpc_Amount")) ? null : fromMinorUnits(answer.get("vpc_Amount"));
        } catch (IllegalArgumentException e) {
            throw new ProviderUnavailable(CODE, "queryDR", e);
        }
        return new ProviderResult(
                order.providerOrderId(),
                NapasResponseCode.outcome(code),
                amount,
                blankToNull(answer.get("vpc_TransactionNo")),
                null,
                message(code, answer.get("vpc_Message")));
    }

    @Override
    public CallbackVerdict verify(InboundCallback callback) {
        try {
            if (!InboundCallback.RETURN.equals(callback.kind())) {
                return new Refused("NAPAS sends no " + callback.kind() + " callbacks, only browser returns");
            }
            Map<String, String> query = callback.query();
            if (!query.containsKey(SecureHash.FIELD)) {
                return "true".equalsIgnoreCase(query.get("cancelled"))
                        ? cancelled(query)
                        : new Refused("return without vpc_SecureHash");
            }
            return signedReturn(query);
        } catch (RuntimeException e) {
            return new Refused("malformed return: " + e.getMessage());
        }
    }

    /**
     * A browser return is answered with a redirect to the payer's landing page, which shows the payment as we record
     * it; a return we do not believe gets a short page instead, with nothing from the request echoed.
     */
    @Override
    public CallbackReply reply(InboundCallback callback, CallbackVerdict verdict, CallbackHandling handling) {
        if (verdict instanceof Authentic authentic
                && handling != CallbackHandling.REFUSED
                && authentic.result().providerOrderId() != null) {
            String orderId = URLEncoder.encode(authentic.result().providerOrderId(), StandardCharsets.UTF_8);
            return CallbackReply.redirect(properties.landingUrl().replace("{orderId}", orderId));
        }
        return new CallbackReply(400, Map.of("Content-Type", "text/html; charset=UTF-8"), REFUSED_PAGE);
    }

    @Override
    public RefundResult refund(RefundOrder refund) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vpc_Version", "2.1");
        fields.put("vpc_Command", "refund");
        fields.put("vpc_AccessCode", properties.accessCode());
        fields.put("vpc_Merchant", properties.merchant());
        fields.put("vpc_MerchTxnRef", refund.refundOrderId());
        fields.put("vpc_TransactionNo", refund.transactionId());
        fields.put("vpc_Amount", minorUnits(refund.amount()));
        fields.put("vpc_User", properties.user());
        fields.put("vpc_Password", properties.password());
        sign(fields);
        Map<String, String> answer = exchange("refund", fields, refund.refundOrderId());
        String code = answer.get("vpc_TxnResponseCode");
        if (isBlank(code)) {
            throw unavailable("refund", "answer without vpc_TxnResponseCode");
        }
        return new RefundResult(
                NapasResponseCode.SUCCESS.equals(code.strip()),
                blankToNull(answer.get("vpc_TransactionNo")),
                message(code, answer.get("vpc_Message")));
    }

    private CallbackVerdict signedReturn(Map<String, String> query) {
        if (!SecureHash.verifies(properties.hashAlgorithm(), properties.verifyingSecrets(clock.instant()), query)) {
            return new Refused("vpc_SecureHash does not match");
        }
        if (!properties.merchant().equals(query.get("vpc_Merchant"))) {
            return new Refused("return for another merchant: " + query.get("vpc_Merchant"));
        }
        String orderId = query.get("vpc_MerchTxnRef");
        if (isBlank(orderId)) {
            return new Refused("return without vpc_MerchTxnRef");
        }
        String code = isBlank(query.get("vpc_ResponseCode"))
                ? query.get("vpc_TxnResponseCode")
                : query.get("vpc_ResponseCode");
        if (isBlank(code)) {
            return new Refused("return without vpc_ResponseCode");
        }
        Long amount;
        try {
            amount = isBlank(query.get("vpc_Amount")) ? null : fromMinorUnits(query.get("vpc_Amount"));
        } catch (IllegalArgumentException e) {
            return new Refused(e.getMessage());
        }
        return new Authentic(
                new ProviderResult(
                        orderId,
                        NapasResponseCode.outcome(code),
                        amount,
                        blankToNull(query.get("vpc_TransactionNo")),
                        null,
                        message(code, query.get("vpc_Message"))),
                true);
    }

    /**
     * The unsigned back URL: anyone can forge it, so it only ever says "ask NAPAS about this order", which is what a
     * forger could cause anyway by waiting for reconciliation.
     */
    private static CallbackVerdict cancelled(Map<String, String> query) {
        String orderId = query.get("vpc_MerchTxnRef");
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            return new Refused("cancel return that names no order of ours");
        }
        return new Authentic(
                new ProviderResult(
                        orderId, Outcome.PENDING, null, null, null, "cancelled on the NAPAS page (unsigned)"),
                true);
    }

    private Map<String, String> exchange(String what, Map<String, String> fields, String orderId) {
        String body;
        try {
            body = http.post()
                    .uri(DPS_PATH)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(FormEncoding.encode(fields))
                    .retrieve()
                    .body(String.class);
        } catch (RestClientException e) {
            throw new ProviderUnavailable(CODE, what, e);
        }
        if (isBlank(body)) {
            throw unavailable(what, "empty answer");
        }
        Map<String, String> answer;
        try {
            answer = FormEncoding.decode(body);
        } catch (IllegalArgumentException e) {
            throw new ProviderUnavailable(CODE, what, e);
        }
        if (!SecureHash.verifies(properties.hashAlgorithm(), properties.verifyingSecrets(clock.instant()), answer)) {
            throw unavailable(what, "answer without a valid vpc_SecureHash");
        }
        if (answer.containsKey("vpc_Merchant") && !properties.merchant().equals(answer.get("vpc_Merchant"))) {
            throw unavailable(what, "answer for another merchant");
        }
        if (answer.containsKey("vpc_MerchTxnRef") && !Objects.equals(orderId, answer.get("vpc_MerchTxnRef"))) {
            throw unavailable(what, "answer about another order");
        }
        return answer;
    }

    private void sign(Map<String, String> fields) {
        fields.put(SecureHash.FIELD, SecureHash.of(properties.hashAlgorithm(), properties.secret(), fields));
    }

    /**
     * The description without diacritics and within the field's size: Vietnamese gateways ask for unaccented order
     * info, and plain ASCII leaves no doubt about the bytes the hash is made of.
     */
    static String orderInfo(ProviderOrder order) {
        String text = isBlank(order.description()) ? order.providerOrderId() : order.description();
        String unaccented = COMBINING_MARKS
                .matcher(Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD))
                .replaceAll("");
        String ascii = NOT_PRINTABLE_ASCII.matcher(unaccented).replaceAll(" ").strip();
        return ascii.length() <= ORDER_INFO_MAX ? ascii : ascii.substring(0, ORDER_INFO_MAX);
    }

    private static String minorUnits(long amount) {
        return Long.toString(Math.multiplyExact(amount, 100L));
    }

    private static long fromMinorUnits(String minor) {
        long value;
        try {
            value = Long.parseLong(minor.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("vpc_Amount is not a number: " + minor, e);
        }
        if (value < 0 || value % 100 != 0) {
            throw new IllegalArgumentException("vpc_Amount is not a whole VND amount: " + minor);
        }
        return value / 100;
    }

    private static String message(String code, String text) {
        return isBlank(text) ? code.strip() : code.strip() + " " + text.strip();
    }

    private static ProviderUnavailable unavailable(String what, String why) {
        return new ProviderUnavailable(CODE, what, new IllegalStateException(why));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
