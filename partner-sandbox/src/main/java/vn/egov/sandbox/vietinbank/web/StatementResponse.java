package vn.egov.sandbox.vietinbank.web;

import java.util.List;
import vn.egov.sandbox.vietinbank.StatementAnswer;

/** VietinBank's statement: the credits to the account, signed over requestId+errorCode. */
record StatementResponse(
        String requestId,
        String providerId,
        String errorCode,
        String errorDesc,
        List<Transaction> transactions,
        String signature) {

    static StatementResponse from(StatementRequest request, StatementAnswer answer) {
        return new StatementResponse(
                request.requestId(),
                request.providerId(),
                answer.errorCode(),
                answer.errorDesc(),
                answer.transactions().stream()
                        .map(transfer -> new Transaction(
                                transfer.transId(),
                                transfer.bankTransId(),
                                transfer.transTimeText(),
                                Long.toString(transfer.amount().amount()),
                                transfer.remark(),
                                transfer.account(),
                                "VND"))
                        .toList(),
                answer.signature());
    }

    /** One credit. */
    record Transaction(
            String transId,
            String bankTransId,
            String transTime,
            String amount,
            String remark,
            String recvAcctId,
            String currencyCode) {}
}
