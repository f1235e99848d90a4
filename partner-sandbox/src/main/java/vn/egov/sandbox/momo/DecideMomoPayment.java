package vn.egov.sandbox.momo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;
import vn.egov.sandbox.fault.CallbackFaults;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.Faults;
import vn.egov.sandbox.payment.CallbackDispatcher;
import vn.egov.sandbox.payment.OutgoingCallback;
import vn.egov.sandbox.payment.ReplyCheck;

/**
 * Takes the payer's choice on MoMo's payment page: pays or cancels the order, posts the signed IPN to its ipnUrl
 * (under the planned callback faults) and sends the browser back to its redirectUrl with the same fields.
 */
@Service
public class DecideMomoPayment {

    private static final Logger log = LoggerFactory.getLogger(DecideMomoPayment.class);

    private final MomoProperties properties;
    private final MomoOrders orders;
    private final Faults faults;
    private final CallbackDispatcher dispatcher;
    private final ObjectMapper json;
    private final Clock clock;

    public DecideMomoPayment(
            MomoProperties properties,
            MomoOrders orders,
            Faults faults,
            CallbackDispatcher dispatcher,
            ObjectMapper json,
            Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.faults = faults;
        this.dispatcher = dispatcher;
        this.json = json;
        this.clock = clock;
    }

    public MomoPayerOutcome decide(String token, MomoPayerChoice choice) {
        MomoOrder order = orders.byToken(token).orElse(null);
        if (order == null) {
            return new MomoPayerOutcome(MomoPayerOutcome.Kind.UNKNOWN_ORDER, null, null);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        try {
            if (choice == MomoPayerChoice.PAY) {
                order.pay(orders.nextTransId(), now);
            } else {
                order.cancel(orders.nextTransId(), now);
            }
        } catch (IllegalStateException closed) {
            return new MomoPayerOutcome(MomoPayerOutcome.Kind.CLOSED, order.resultCode(now), null);
        }
        orders.indexTransId(order);
        MomoResultCode code = order.resultCode(now);
        long responseTime = now.toInstant().toEpochMilli();
        MomoSignature signer = new MomoSignature(properties.secretKey());
        Map<String, Object> truth = MomoIpns.fields(
                order, code, responseTime, order.request().amount().amount(), properties.accessKey(), signer);
        log.info("MoMo order {}: payer chose {}, result {}", order.orderId(), choice, code.code());

        CallbackFaults planned = faults.callbackFaults(FaultChannel.MOMO);
        Map<String, Object> ipn = planned.amountDelta() == 0 && !planned.forgedSignature()
                ? truth
                : MomoIpns.fields(
                        order,
                        code,
                        responseTime,
                        order.request().amount().amount() + planned.amountDelta(),
                        properties.accessKey(),
                        planned.forgedSignature() ? new MomoSignature("forged-" + properties.secretKey()) : signer);
        dispatcher.dispatch(
                new OutgoingCallback(order.request().ipnUrl(), json.writeValueAsString(ipn), ReplyCheck.UNSIGNED),
                planned,
                order::record);
        return new MomoPayerOutcome(
                MomoPayerOutcome.Kind.REDIRECTED,
                code,
                withQuery(order.request().redirectUrl(), truth));
    }

    private static String withQuery(String url, Map<String, Object> fields) {
        String query = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(String.valueOf(field.getValue())))
                .collect(Collectors.joining("&"));
        return url + (url.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String value) {
        // Spaces as %20 rather than +, which every stack decodes alike in a query string.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
