package vn.egov.sandbox.vietinbank;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Answers {@code POST /erp/v1/statement/inquiry}: the API gateway checks the client id and secret, VietinBank the
 * platform's signature ({@code 01}) and the request ({@code 02}), then lists the credits to the collection account
 * between the two dates. Every answer past the gateway is signed.
 */
@Service
public class InquireStatement {

    static final String OK = "00";
    static final String BAD_SIGNATURE = "01";
    static final String INVALID_REQUEST = "02";

    private final VietinbankProperties properties;
    private final VietinbankKeys keys;
    private final BankTransfers transfers;

    public InquireStatement(VietinbankProperties properties, VietinbankKeys keys, BankTransfers transfers) {
        this.properties = properties;
        this.keys = keys;
        this.transfers = transfers;
    }

    public StatementAnswer inquire(StatementInquiry inquiry) {
        if (!properties.clientId().equals(inquiry.clientId())
                || !properties.clientSecret().equals(inquiry.clientSecret())) {
            return StatementAnswer.UNAUTHENTICATED;
        }
        String signedText = RsaSha256.signedText(
                inquiry.requestId(), inquiry.providerId(), inquiry.merchantId(), inquiry.account());
        if (!keys.signedByPlatform(signedText, inquiry.signature())) {
            return answer(inquiry, BAD_SIGNATURE, "Invalid signature", List.of());
        }
        if (Stream.of(inquiry.requestId(), inquiry.fromDate(), inquiry.toDate())
                .anyMatch(value -> value == null || value.isBlank())) {
            return answer(inquiry, INVALID_REQUEST, "requestId, fromDate and toDate are required", List.of());
        }
        if (!properties.providerId().equals(inquiry.providerId())
                || !properties.merchantId().equals(inquiry.merchantId())) {
            return answer(inquiry, INVALID_REQUEST, "Unknown providerId or merchantId", List.of());
        }
        if (!properties.collectionAccount().equals(inquiry.account())) {
            return answer(inquiry, INVALID_REQUEST, "Account not registered for the provider", List.of());
        }
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(inquiry.fromDate());
            to = LocalDate.parse(inquiry.toDate());
        } catch (DateTimeParseException notADate) {
            return answer(inquiry, INVALID_REQUEST, "fromDate and toDate must be yyyy-MM-dd", List.of());
        }
        if (to.isBefore(from)) {
            return answer(inquiry, INVALID_REQUEST, "toDate is before fromDate", List.of());
        }
        return answer(inquiry, OK, "Success", transfers.into(inquiry.account(), from, to));
    }

    private StatementAnswer answer(
            StatementInquiry inquiry, String errorCode, String errorDesc, List<BankTransfer> transactions) {
        String signature = keys.sign(RsaSha256.signedText(inquiry.requestId(), errorCode));
        return new StatementAnswer(true, errorCode, errorDesc, transactions, signature);
    }
}
