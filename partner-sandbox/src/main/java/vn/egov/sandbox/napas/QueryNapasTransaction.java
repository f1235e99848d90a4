package vn.egov.sandbox.napas;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Answers queryDR on {@code vpcdps}: {@code vpc_DRExists=N} while the payer has not paid or been declined (or for a
 * reference the gateway does not know), otherwise {@code Y} with vpc_TxnResponseCode 0 paid, 7 declined or 3
 * expired. A wrong hash, merchant or user/password gets code 8 and {@code N}. Every answer is signed.
 */
@Service
public class QueryNapasTransaction {

    private final NapasProperties properties;
    private final NapasOrders orders;
    private final Clock clock;

    public QueryNapasTransaction(NapasProperties properties, NapasOrders orders, Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.clock = clock;
    }

    /** @param fields the form fields of the request; the answer's fields, in order, signed */
    public Map<String, String> query(Map<String, String> fields) {
        String ref = fields.get("vpc_MerchTxnRef");
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("vpc_Command", "queryDR");
        answer.put("vpc_MerchTxnRef", ref == null ? "" : ref);
        Optional<String> failure = NapasFields.authenticationFailure(fields, properties);
        if (failure.isPresent()) {
            answer.put("vpc_DRExists", "N");
            answer.put("vpc_TxnResponseCode", NapasResponseCode.BAD_CHECKSUM.code());
            answer.put("vpc_Message", failure.get());
            return NapasFields.signed(answer, properties);
        }
        NapasOrder order =
                NapasFields.blank(ref) ? null : orders.byMerchTxnRef(ref).orElse(null);
        if (order == null) {
            answer.put("vpc_DRExists", "N");
            answer.put("vpc_Message", "Transaction not found");
            return NapasFields.signed(answer, properties);
        }
        Optional<NapasResponseCode> result = order.result(OffsetDateTime.now(clock));
        if (result.isEmpty()) {
            answer.put("vpc_DRExists", "N");
            answer.put("vpc_Amount", NapasFields.vpcAmount(order.request().amount()));
            answer.put("vpc_Message", "Transaction is awaiting the payer");
            return NapasFields.signed(answer, properties);
        }
        answer.put("vpc_DRExists", "Y");
        answer.put("vpc_TxnResponseCode", result.get().code());
        answer.put("vpc_Amount", NapasFields.vpcAmount(order.request().amount()));
        answer.put("vpc_TransactionNo", order.transactionNo() == null ? "" : order.transactionNo());
        answer.put("vpc_Message", result.get().message());
        return NapasFields.signed(answer, properties);
    }
}
