package vn.egov.sandbox.napas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes the payer's choice on the card page: pay (0) or decline (7) send the browser to vpc_ReturnURL with the
 * signed result; cancel sends it to vpc_BackURL with nothing. NAPAS sends no server-to-server notification: the
 * merchant confirms with queryDR.
 */
@Service
public class DecideNapasPayment {

    private static final Logger log = LoggerFactory.getLogger(DecideNapasPayment.class);

    private final NapasProperties properties;
    private final NapasOrders orders;
    private final Clock clock;

    public DecideNapasPayment(NapasProperties properties, NapasOrders orders, Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.clock = clock;
    }

    public NapasPayerOutcome decide(String token, NapasPayerChoice choice) {
        NapasOrder order = orders.byToken(token).orElse(null);
        if (order == null) {
            return new NapasPayerOutcome(NapasPayerOutcome.Kind.UNKNOWN_ORDER, null);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        try {
            switch (choice) {
                case PAY -> order.pay(orders.nextTransactionNo(), now);
                case DECLINE -> order.decline(orders.nextTransactionNo(), now);
                case CANCEL -> order.cancel(now);
            }
        } catch (IllegalStateException closed) {
            return new NapasPayerOutcome(NapasPayerOutcome.Kind.CLOSED, null);
        }
        orders.indexTransactionNo(order);
        log.info("NAPAS order {}: payer chose {}", order.request().merchTxnRef(), choice);
        if (choice == NapasPayerChoice.CANCEL) {
            return new NapasPayerOutcome(
                    NapasPayerOutcome.Kind.REDIRECTED, order.request().backUrl());
        }
        NapasResponseCode code = order.result(now).orElseThrow();
        NapasPayRequest request = order.request();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vpc_Version", request.version());
        fields.put("vpc_Command", "pay");
        fields.put("vpc_Merchant", properties.merchant());
        fields.put("vpc_MerchTxnRef", request.merchTxnRef());
        fields.put("vpc_OrderInfo", request.orderInfo());
        fields.put("vpc_Amount", NapasFields.vpcAmount(request.amount()));
        fields.put("vpc_CurrencyCode", "VND");
        fields.put("vpc_Locale", request.locale());
        fields.put("vpc_TransactionNo", order.transactionNo());
        fields.put("vpc_ResponseCode", code.code());
        fields.put("vpc_Message", code.message());
        NapasFields.signed(fields, properties);
        return new NapasPayerOutcome(NapasPayerOutcome.Kind.REDIRECTED, withQuery(request.returnUrl(), fields));
    }

    private static String withQuery(String url, Map<String, String> fields) {
        String query = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return url + (url.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
