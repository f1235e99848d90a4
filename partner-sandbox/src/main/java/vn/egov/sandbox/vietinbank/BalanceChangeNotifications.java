package vn.egov.sandbox.vietinbank;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import vn.egov.sandbox.fault.CallbackFaults;
import vn.egov.sandbox.payment.ReplyCheck;

/**
 * VietinBank's balance-change notification for a transfer, signed with SHA256withRSA over
 * transId+transTime+custCode+amount+bankTransId+remark, and the check of the platform's reply
 * {@code {transId, providerId, errorCode, errorDesc, signature}}, signed over transId+errorCode+errorDesc.
 */
@Component
public class BalanceChangeNotifications {

    private final VietinbankProperties properties;
    private final VietinbankKeys keys;
    private final ObjectMapper json;

    public BalanceChangeNotifications(VietinbankProperties properties, VietinbankKeys keys, ObjectMapper json) {
        this.properties = properties;
        this.keys = keys;
        this.json = json;
    }

    /** The notification's JSON body, with the amount and signature the planned faults call for. */
    public String body(BankTransfer transfer, String msgId, CallbackFaults faults) {
        String transTime = transfer.transTimeText();
        String amount = Long.toString(transfer.amount().amount() + faults.amountDelta());
        String signedText = RsaSha256.signedText(
                transfer.transId(),
                transTime,
                properties.custCode(),
                amount,
                transfer.bankTransId(),
                transfer.remark());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("msgId", msgId);
        body.put("providerId", properties.providerId());
        body.put("transId", transfer.transId());
        body.put("transTime", transTime);
        body.put("transType", "C");
        body.put("amount", amount);
        body.put("remark", transfer.remark());
        body.put("currencyCode", "VND");
        body.put("custCode", properties.custCode());
        body.put("sendBankId", properties.payerBankId());
        body.put("recvAcctId", transfer.account());
        body.put("recvVirtualAcctId", "");
        body.put("bankTransId", transfer.bankTransId());
        body.put("signature", faults.forgedSignature() ? keys.forge(signedText) : keys.sign(signedText));
        return json.writeValueAsString(body);
    }

    /** Verifies the platform's reply: a JSON object whose signature covers transId+errorCode+errorDesc. */
    public ReplyCheck replyCheck() {
        return (status, body) -> {
            try {
                Map<?, ?> reply = json.readValue(body, Map.class);
                return keys.signedByPlatform(
                        RsaSha256.signedText(
                                text(reply.get("transId")), text(reply.get("errorCode")), text(reply.get("errorDesc"))),
                        text(reply.get("signature")));
            } catch (RuntimeException unreadable) {
                return false;
            }
        };
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
