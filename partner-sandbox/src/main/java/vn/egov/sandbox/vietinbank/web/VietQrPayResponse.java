package vn.egov.sandbox.vietinbank.web;

import java.util.List;
import vn.egov.sandbox.payment.CallbackDelivery;
import vn.egov.sandbox.vietinbank.BankTransfer;

/**
 * What the banking app shows after the transfer, plus the notifications delivered so far (none yet when they are
 * planned after the redirect or late).
 */
record VietQrPayResponse(
        String transId,
        String bankTransId,
        String transTime,
        long amount,
        String recvAcctId,
        String payerAccount,
        String purpose,
        String remark,
        List<CallbackDelivery> notifications) {

    static VietQrPayResponse from(BankTransfer transfer) {
        return new VietQrPayResponse(
                transfer.transId(),
                transfer.bankTransId(),
                transfer.transTimeText(),
                transfer.amount().amount(),
                transfer.account(),
                transfer.payerAccount(),
                transfer.purpose(),
                transfer.remark(),
                transfer.notifications());
    }
}
