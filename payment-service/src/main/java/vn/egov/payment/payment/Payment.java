package vn.egov.payment.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment of one dossier's outstanding fee through one provider. The amount, the fee's name, the payer and the
 * collecting agency are copied from dossier-service when the payment is created: they are what the receipt says, even
 * if the dossier changes later. The state only moves forward through the methods below, each of which throws {@link
 * IllegalPaymentTransition} otherwise; {@code @Version} makes two concurrent moves fail rather than overwrite.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "dossier_code")
    private String dossierCode;

    private String provider;

    @Column(name = "provider_order_id")
    private String providerOrderId;

    private long amount;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason")
    private FailureReason failureReason;

    @Column(name = "owner_subject")
    private String ownerSubject;

    @Column(name = "agency_code")
    private String agencyCode;

    @Column(name = "agency_name")
    private String agencyName;

    @Column(name = "procedure_code")
    private String procedureCode;

    @Column(name = "fee_name")
    private String feeName;

    @Column(name = "payer_name")
    private String payerName;

    @Column(name = "payer_address")
    private String payerAddress;

    @Column(name = "redirect_url")
    private String redirectUrl;

    @Column(name = "qr_payload")
    private String qrPayload;

    @Column(name = "partner_reference")
    private String partnerReference;

    @Column(name = "provider_transaction_id")
    private String providerTransactionId;

    @Column(name = "provider_message")
    private String providerMessage;

    @Column(name = "client_ip")
    private String clientIp;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "refunded_amount")
    private long refundedAmount;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    protected Payment() {}

    /** A new payment of what dossier-service says is outstanding. */
    public static Payment create(
            UUID id, String providerOrderId, String provider, Payer payer, Instant now, Instant expiresAt) {
        Payment payment = new Payment();
        payment.id = Objects.requireNonNull(id, "id");
        payment.providerOrderId = Objects.requireNonNull(providerOrderId, "providerOrderId");
        payment.provider = Objects.requireNonNull(provider, "provider");
        payment.dossierCode = payer.dossierCode();
        payment.amount = payer.amount();
        payment.ownerSubject = payer.ownerSubject();
        payment.agencyCode = payer.agencyCode();
        payment.agencyName = payer.agencyName();
        payment.procedureCode = payer.procedureCode();
        payment.feeName = payer.feeName();
        payment.payerName = payer.payerName();
        payment.payerAddress = payer.payerAddress();
        payment.clientIp = payer.clientIp();
        payment.status = PaymentStatus.CREATED;
        payment.createdAt = now;
        payment.expiresAt = expiresAt;
        return payment;
    }

    /** The partner accepted the order: the payer can pay now. */
    public void start(String redirectUrl, String qrPayload, String partnerReference, Instant at) {
        require(PaymentStatus.CREATED, "start");
        this.redirectUrl = redirectUrl;
        this.qrPayload = qrPayload;
        this.partnerReference = partnerReference;
        this.status = PaymentStatus.STARTED;
        this.startedAt = at;
    }

    /**
     * The partner refused the order, could not be reached when it was created, or reports an error of its own: nothing
     * can be paid on this payment.
     */
    public void error(String message, Instant at) {
        requireOpen("end in error");
        this.status = PaymentStatus.ERROR;
        this.providerMessage = message;
        this.finishedAt = at;
    }

    /** The partner confirmed the money moved. */
    public void succeed(String transactionId, Instant paidAt, String message, Instant at) {
        requireOpen("succeed");
        this.status = PaymentStatus.SUCCESS;
        this.providerTransactionId = transactionId;
        this.paidAt = paidAt == null ? at : paidAt;
        this.providerMessage = message;
        this.finishedAt = at;
    }

    /** Ended without money moving. */
    public void fail(FailureReason reason, String message, Instant at) {
        requireOpen("fail");
        this.status = PaymentStatus.FAILED;
        this.failureReason = Objects.requireNonNull(reason, "reason");
        this.providerMessage = message;
        this.finishedAt = at;
    }

    /**
     * Money arrived for a payment that had already ended (a success after expiry): the state stays, the partner's
     * transaction is remembered so that it can be refunded.
     */
    public void lateMoney(String transactionId, String message) {
        if (!isFinal() || status == PaymentStatus.SUCCESS) {
            throw new IllegalPaymentTransition(this, "record late money");
        }
        this.providerTransactionId = transactionId;
        this.providerMessage = message;
    }

    /** The partner gave the money back. Only a successful payment is refunded, once, in full. */
    public void refunded(long amount, Instant at) {
        if (status != PaymentStatus.SUCCESS && providerTransactionId == null) {
            throw new IllegalPaymentTransition(this, "be refunded");
        }
        if (refundedAt != null) {
            throw new IllegalPaymentTransition(this, "be refunded twice");
        }
        this.refundedAmount = amount;
        this.refundedAt = at;
    }

    private void requireOpen(String move) {
        if (isFinal()) {
            throw new IllegalPaymentTransition(this, move);
        }
    }

    private void require(PaymentStatus expected, String move) {
        if (status != expected) {
            throw new IllegalPaymentTransition(this, move);
        }
    }

    public boolean isFinal() {
        return status.isFinal();
    }

    /** True for the dossier's owner and for officers of the collecting agency. */
    public boolean isOwnedBy(String subject) {
        return ownerSubject != null && ownerSubject.equals(subject);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public String provider() {
        return provider;
    }

    public String providerOrderId() {
        return providerOrderId;
    }

    public long amount() {
        return amount;
    }

    public PaymentStatus status() {
        return status;
    }

    public FailureReason failureReason() {
        return failureReason;
    }

    public String ownerSubject() {
        return ownerSubject;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String agencyName() {
        return agencyName;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String feeName() {
        return feeName;
    }

    public String payerName() {
        return payerName;
    }

    public String payerAddress() {
        return payerAddress;
    }

    public String redirectUrl() {
        return redirectUrl;
    }

    public String qrPayload() {
        return qrPayload;
    }

    public String partnerReference() {
        return partnerReference;
    }

    public String providerTransactionId() {
        return providerTransactionId;
    }

    public String providerMessage() {
        return providerMessage;
    }

    public String clientIp() {
        return clientIp;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public long refundedAmount() {
        return refundedAmount;
    }

    public Instant refundedAt() {
        return refundedAt;
    }
}
