package vn.egov.sandbox.vietinbank;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.egov.sandbox.payment.CallbackDelivery;
import vn.egov.sandbox.payment.PaymentPartner;
import vn.egov.sandbox.payment.SimulatedPayment;
import vn.egov.sandbox.payment.Vnd;

/**
 * A transfer that credited the collection account, with the notifications VietinBank sent about it. Safe to use from
 * concurrent requests.
 */
public class BankTransfer {

    private final String transId;
    private final String bankTransId;
    private final OffsetDateTime transTime;
    private final Vnd amount;
    private final String purpose;
    private final String remark;
    private final String account;
    private final String payerAccount;
    private final List<CallbackDelivery> notifications = new ArrayList<>();

    public BankTransfer(
            String transId,
            String bankTransId,
            OffsetDateTime transTime,
            Vnd amount,
            String purpose,
            String remark,
            String account,
            String payerAccount) {
        this.transId = transId;
        this.bankTransId = bankTransId;
        this.transTime = transTime;
        this.amount = amount;
        this.purpose = purpose;
        this.remark = remark;
        this.account = account;
        this.payerAccount = payerAccount;
    }

    public String transId() {
        return transId;
    }

    public String bankTransId() {
        return bankTransId;
    }

    public OffsetDateTime transTime() {
        return transTime;
    }

    /** transTime as VietinBank writes it: {@code yyyyMMddHHmmss}, Vietnam time. */
    public String transTimeText() {
        return VietinbankTime.TRANS_TIME.format(transTime);
    }

    public Vnd amount() {
        return amount;
    }

    /** The purpose of the VietQR: the platform's payment reference. */
    public String purpose() {
        return purpose;
    }

    /** What the statement and the notification show: the purpose with the payer's banking app's additions. */
    public String remark() {
        return remark;
    }

    public String account() {
        return account;
    }

    public String payerAccount() {
        return payerAccount;
    }

    /** Keeps what happened to a notification about this transfer. */
    public synchronized void record(CallbackDelivery delivery) {
        notifications.add(delivery);
    }

    public synchronized List<CallbackDelivery> notifications() {
        return List.copyOf(notifications);
    }

    /** The transfer as tests see it. */
    public synchronized SimulatedPayment view() {
        return new SimulatedPayment(
                PaymentPartner.VIETINBANK,
                purpose,
                amount.amount(),
                "CREDITED",
                transId,
                transTime,
                transTime,
                List.of(),
                notifications);
    }
}
