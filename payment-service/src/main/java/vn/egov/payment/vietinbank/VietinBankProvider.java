package vn.egov.payment.vietinbank;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
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
import vn.egov.servicedefaults.time.CityClock;

/**
 * Fees paid by bank transfer to the agency's VietinBank account. The payer scans a dynamic VietQR whose purpose is our
 * order reference; the bank notifies every credit, signed with its key, and the reference is looked for in the
 * transfer's remark. A transfer whose remark holds none of our references is still reported (with no order), so that
 * an officer can match it. There is no status per order: a query reads the statement of the order's days.
 *
 * <p>Everything the bank signs is verified with its current key or, during a rotation, its previous one; what we send
 * is signed with our key.
 */
@Component
public class VietinBankProvider implements PaymentProvider {

    public static final String CODE = "VIETINBANK";

    static final String STATEMENT_PATH = "/erp/v1/statement/inquiry";

    private static final ZoneId VIETNAM = CityClock.ZONE;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OK = "00";
    private static final int ECHOED_ID_MAX = 64;

    private final VietinBankProperties properties;
    private final VietinBankKeys keys;
    private final RemarkReference references;
    private final Clock clock;
    private final RestClient http;

    VietinBankProvider(
            VietinBankProperties properties,
            @Value("${egov.payments.reference-prefix:EG}") String referencePrefix,
            Clock clock) {
        this.properties = properties;
        this.keys = new VietinBankKeys(properties);
        this.references = new RemarkReference(referencePrefix);
        this.clock = clock;
        this.http = PartnerHttp.client(properties.baseUrl(), properties.connectTimeout(), properties.readTimeout())
                .defaultHeader("x-ibm-client-id", properties.clientId())
                .defaultHeader("x-ibm-client-secret", properties.clientSecret())
                .build();
    }

    @Override
    public String code() {
        return CODE;
    }

    /** No call to the bank: the QR names our account, the amount and the reference. */
    @Override
    public Checkout start(ProviderOrder order) {
        return Checkout.qr(
                VietQr.dynamic(properties.bin(), properties.account(), order.amount(), order.providerOrderId())
                        .payload());
    }

    /**
     * Looks for the order's reference in the statement from the day it was created to the day it expires (or today);
     * not found is {@link Outcome#PENDING} until the order expires and {@link Outcome#EXPIRED} after.
     */
    @Override
    public ProviderResult query(ProviderOrder order) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(VIETNAM).toLocalDate();
        LocalDate from = order.createdAt() == null
                ? today
                : order.createdAt().atZone(VIETNAM).toLocalDate();
        LocalDate until = order.expiresAt() == null
                ? today
                : order.expiresAt().atZone(VIETNAM).toLocalDate();
        LocalDate lastDay = until.isAfter(today) ? today : until;
        LocalDate to = lastDay.isBefore(from) ? from : lastDay;
        return inquire(from, to).stream()
                .filter(result -> order.providerOrderId().equals(result.providerOrderId()))
                .findFirst()
                .orElseGet(() -> new ProviderResult(
                        order.providerOrderId(),
                        order.expiresAt() == null || now.isBefore(order.expiresAt())
                                ? Outcome.PENDING
                                : Outcome.EXPIRED,
                        null,
                        null,
                        null,
                        "no transfer with the reference in the statement of " + from + " to " + to));
    }

    @Override
    public CallbackVerdict verify(InboundCallback callback) {
        try {
            if (!InboundCallback.NOTIFICATION.equals(callback.kind())) {
                return new Refused("VietinBank sends notifications only, not " + callback.kind());
            }
            BalanceNotification notification = BalanceNotification.read(JSON.readTree(callback.bodyText()));
            if (!keys.bankSigned(notification.signedText(), notification.signature(), clock.instant())) {
                return new Refused("signature does not verify with the bank's key");
            }
            if (!properties.providerId().equals(notification.providerId())) {
                return new Refused("notification for provider " + notification.providerId());
            }
            BankTransfer transfer = notification.transfer();
            if (!"VND".equals(transfer.currencyCode())) {
                return new Refused("currency " + transfer.currencyCode());
            }
            if (!properties.account().equals(transfer.recvAcctId())) {
                return new Refused("credit to another account: " + transfer.recvAcctId());
            }
            return new Authentic(result(transfer), false);
        } catch (JacksonException | IllegalArgumentException e) {
            return new Refused("malformed notification: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Refused("unreadable notification: " + e);
        }
    }

    /**
     * {@code 00} for everything recorded, even a transfer that matches no order or not its amount: the money is in our
     * account and an officer settles it, so the bank must stop sending it. {@code 05} for a duplicate, {@code 01} for
     * a message we do not believe, {@code 99} when we failed and want it again.
     */
    @Override
    public CallbackReply reply(InboundCallback callback, CallbackVerdict verdict, CallbackHandling handling) {
        String errorCode;
        String errorDesc;
        if (verdict instanceof Refused || handling == CallbackHandling.REFUSED) {
            errorCode = "01";
            errorDesc = "Invalid signature or message";
        } else {
            switch (handling) {
                case DUPLICATE -> {
                    errorCode = "05";
                    errorDesc = "Duplicate transaction";
                }
                case ERROR -> {
                    errorCode = "99";
                    errorDesc = "System error, please retry";
                }
                default -> {
                    errorCode = OK;
                    errorDesc = "Success";
                }
            }
        }
        String transId = echoedTransId(callback);
        ObjectNode body = JSON.createObjectNode();
        body.put("transId", transId);
        body.put("providerId", properties.providerId());
        body.put("errorCode", errorCode);
        body.put("errorDesc", errorDesc);
        body.put("signature", keys.sign(transId + errorCode + errorDesc));
        return CallbackReply.json(200, JSON.writeValueAsString(body));
    }

    @Override
    public RefundResult refund(RefundOrder refund) {
        return new RefundResult(
                false,
                null,
                "Hoàn tiền chuyển khoản do cán bộ thực hiện: VietinBank không hoàn một khoản chuyển khoản qua API, "
                        + "cán bộ chuyển trả số tiền vào tài khoản của người nộp.");
    }

    /** Every credit of the day, whether or not its remark names one of our orders. */
    @Override
    public List<ProviderResult> statement(LocalDate day, List<ProviderOrder> ourOrders) {
        return inquire(day, day);
    }

    private List<ProviderResult> inquire(LocalDate from, LocalDate to) {
        String requestId = UUID.randomUUID().toString().replace("-", "");
        ObjectNode request = JSON.createObjectNode();
        request.put("requestId", requestId);
        request.put("providerId", properties.providerId());
        request.put("merchantId", properties.merchantId());
        request.put("account", properties.account());
        request.put("fromDate", from.toString());
        request.put("toDate", to.toString());
        request.put(
                "signature",
                keys.sign(requestId + properties.providerId() + properties.merchantId() + properties.account()));
        String answerText;
        try {
            answerText = http.post()
                    .uri(STATEMENT_PATH)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(request))
                    .retrieve()
                    .body(String.class);
        } catch (RestClientException e) {
            throw new ProviderUnavailable(CODE, "statement inquiry", e);
        }
        try {
            return statementLines(requestId, answerText);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ProviderUnavailable(CODE, "statement inquiry", e);
        }
    }

    private List<ProviderResult> statementLines(String requestId, String answerText) {
        if (answerText == null || answerText.isBlank()) {
            throw new IllegalArgumentException("empty answer");
        }
        JsonNode answer = JSON.readTree(answerText);
        if (!answer.isObject()) {
            throw new IllegalArgumentException("answer is not a JSON object");
        }
        String answeredId = BankTransfer.text(answer, "requestId");
        String errorCode = BankTransfer.required(answer, "errorCode");
        if (!keys.bankSigned(answeredId + errorCode, BankTransfer.text(answer, "signature"), clock.instant())) {
            throw new IllegalArgumentException("answer signature does not verify with the bank's key");
        }
        if (!requestId.equals(answeredId)) {
            throw new IllegalArgumentException("answer to another request: " + answeredId);
        }
        if (!OK.equals(errorCode)) {
            throw new IllegalArgumentException(
                    "bank refused: " + errorCode + " " + BankTransfer.text(answer, "errorDesc"));
        }
        JsonNode transactions = answer.get("transactions");
        if (transactions == null || transactions.isNull()) {
            return List.of();
        }
        if (!transactions.isArray()) {
            throw new IllegalArgumentException("transactions is not a list");
        }
        List<ProviderResult> results = new ArrayList<>();
        for (JsonNode line : transactions) {
            results.add(result(BankTransfer.read(line)));
        }
        return List.copyOf(results);
    }

    private ProviderResult result(BankTransfer transfer) {
        return new ProviderResult(
                references.find(transfer.remark()).orElse(null),
                Outcome.SUCCEEDED,
                transfer.vnd(),
                transfer.transId(),
                transfer.at(),
                transfer.message());
    }

    /** The transId of the notification answered, if it has a readable one; echoed to the bank, so kept short. */
    private static String echoedTransId(InboundCallback callback) {
        try {
            String transId = BankTransfer.text(JSON.readTree(callback.bodyText()), "transId");
            return transId.length() <= ECHOED_ID_MAX ? transId : transId.substring(0, ECHOED_ID_MAX);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
