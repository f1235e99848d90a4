package vn.egov.payment.napas;

import java.util.Map;
import vn.egov.payment.provider.Outcome;

/**
 * The gateway's response codes ({@code vpc_ResponseCode} on a return, {@code vpc_TxnResponseCode} in QueryDR), as
 * public integrations list them.
 */
final class NapasResponseCode {

    static final String SUCCESS = "0";

    private static final Map<String, Outcome> OUTCOMES = Map.ofEntries(
            Map.entry(SUCCESS, Outcome.SUCCEEDED),
            Map.entry("1", Outcome.DECLINED), // rejected by the issuer
            Map.entry("4", Outcome.DECLINED), // over the card's limit
            Map.entry("7", Outcome.DECLINED), // insufficient funds
            Map.entry("12", Outcome.DECLINED), // amount limits
            Map.entry("24", Outcome.DECLINED),
            Map.entry("25", Outcome.DECLINED),
            Map.entry("21", Outcome.DECLINED), // OTP not entered in time: the payer's authentication failed
            Map.entry("3", Outcome.EXPIRED),
            Map.entry("28", Outcome.EXPIRED), // over the order's time limit
            Map.entry("34", Outcome.EXPIRED), // timed out
            // The issuer's answer is outstanding: the money may still move, so this is not final.
            Map.entry("5", Outcome.PENDING), // no reply from the issuer
            Map.entry("26", Outcome.PENDING), // awaiting the issuer
            Map.entry("31", Outcome.NOT_FOUND)); // 8 bad checksum, 32 not payable, 33 duplicate order: ours to mend

    private NapasResponseCode() {}

    static Outcome outcome(String code) {
        return OUTCOMES.getOrDefault(code.strip(), Outcome.ERROR);
    }
}
