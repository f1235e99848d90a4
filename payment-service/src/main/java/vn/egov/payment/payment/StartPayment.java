package vn.egov.payment.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.payment.PublicSite;
import vn.egov.payment.dossier.DossierFee;
import vn.egov.payment.dossier.DossierFees;
import vn.egov.payment.provider.Checkout;
import vn.egov.payment.provider.PaymentProvider;
import vn.egov.payment.provider.PaymentProviders;
import vn.egov.payment.provider.ProviderOrder;

/**
 * A citizen starts paying a dossier's outstanding fee through a provider. The amount, payer and collecting agency come
 * from dossier-service; the payment is recorded before the partner is asked (so that a crash in between leaves a
 * payment that reconciliation settles, never money without a record), and the partner is asked outside any
 * transaction (no database lock is held while it answers).
 */
@Component
public class StartPayment {

    private static final Logger log = LoggerFactory.getLogger(StartPayment.class);

    private final DossierFees fees;
    private final Payments payments;
    private final PaymentKeys keys;
    private final PaymentProviders providers;
    private final OrderReferences references;
    private final PaymentProperties properties;
    private final PublicSite site;
    private final TransactionTemplate tx;
    private final Clock clock;

    StartPayment(
            DossierFees fees,
            Payments payments,
            PaymentKeys keys,
            PaymentProviders providers,
            OrderReferences references,
            PaymentProperties properties,
            PublicSite site,
            TransactionTemplate tx,
            Clock clock) {
        this.fees = fees;
        this.payments = payments;
        this.keys = keys;
        this.providers = providers;
        this.references = references;
        this.properties = properties;
        this.site = site;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param owner the signed-in citizen
     * @param idempotencyKey the client's key for this request
     * @param clientIp the payer's address as the gateway saw it
     * @return the payment, {@code created} false when an earlier request with the key started it
     */
    public Started start(String owner, String idempotencyKey, PaymentRequest request, String clientIp) {
        PaymentProvider provider = providers.get(request.provider());
        String fingerprint = request.fingerprint();
        Optional<UUID> earlier = keys.earlier(owner, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return new Started(payments.findById(earlier.get()).orElseThrow(), false);
        }
        DossierFee fee = fees.of(request.dossierCode())
                .filter(found -> owner.equals(found.ownerSubject()))
                .orElseThrow(() -> new PaymentNotFound("Dossier", request.dossierCode()));
        if (!fee.payable()) {
            throw new PaymentRefused("nothing-to-pay", fee.notPayableReason(), null);
        }
        Instant now = clock.instant();
        Payment payment = Payment.create(
                UUID.randomUUID(),
                references.next(),
                provider.code(),
                new Payer(
                        fee.dossierCode(),
                        fee.amount(),
                        owner,
                        fee.agencyCode(),
                        fee.agencyName(),
                        fee.procedureCode(),
                        fee.feeName(),
                        fee.payerName(),
                        fee.payerAddress(),
                        clientIp),
                now,
                now.plus(properties.expiry()));
        Optional<UUID> replay = record(owner, idempotencyKey, fingerprint, payment);
        if (replay.isPresent()) {
            return new Started(payments.findById(replay.get()).orElseThrow(), false);
        }
        return new Started(askPartner(provider, payment), true);
    }

    /** Stores the payment with its key; the payment of a concurrent request that holds the key, if one does. */
    private Optional<UUID> record(String owner, String key, String fingerprint, Payment payment) {
        try {
            return tx.execute(status -> {
                if (!keys.claim(owner, key, fingerprint, payment.id())) {
                    status.setRollbackOnly();
                    return Optional.of(keys.earlier(owner, key, fingerprint).orElseThrow());
                }
                payments.saveAndFlush(payment);
                return Optional.empty();
            });
        } catch (DataIntegrityViolationException another) {
            UUID open =
                    payments.findOpen(payment.dossierCode()).map(Payment::id).orElse(null);
            throw new PaymentRefused(
                    "payment-in-progress",
                    "Hồ sơ đang có một giao dịch thanh toán chưa kết thúc; hãy hoàn tất hoặc chờ giao dịch đó hết hạn",
                    open);
        }
    }

    private Payment askPartner(PaymentProvider provider, Payment payment) {
        ProviderOrder order = ProviderOrders.of(payment, site);
        Checkout checkout;
        try {
            checkout = provider.start(order);
        } catch (RuntimeException e) {
            log.warn(
                    "{} did not take payment {} ({}): {}",
                    provider.code(),
                    payment.id(),
                    payment.dossierCode(),
                    e.toString());
            return tx.execute(status -> {
                Payment current = payments.lockById(payment.id()).orElseThrow();
                current.error(e.getMessage(), clock.instant());
                return payments.saveAndFlush(current);
            });
        }
        return tx.execute(status -> {
            Payment current = payments.lockById(payment.id()).orElseThrow();
            current.start(checkout.redirectUrl(), checkout.qrPayload(), checkout.partnerReference(), clock.instant());
            return payments.saveAndFlush(current);
        });
    }

    /**
     * @param payment the payment as it is now
     * @param created true when this request created it
     */
    public record Started(Payment payment, boolean created) {}
}
