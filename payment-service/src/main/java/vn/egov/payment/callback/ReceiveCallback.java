package vn.egov.payment.callback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.payment.PublicSite;
import vn.egov.payment.payment.Payments;
import vn.egov.payment.payment.ProviderOrders;
import vn.egov.payment.payment.SettlePayment;
import vn.egov.payment.payment.SettlePayment.Settled;
import vn.egov.payment.provider.CallbackHandling;
import vn.egov.payment.provider.CallbackReply;
import vn.egov.payment.provider.CallbackVerdict;
import vn.egov.payment.provider.InboundCallback;
import vn.egov.payment.provider.PaymentProvider;
import vn.egov.payment.provider.ProviderResult;

/**
 * Handles one partner callback, the same way for every partner: check its signature before believing a word of it;
 * confirm a hint (a browser return) with the partner; apply it to the payment; answer what the partner expects, for
 * duplicates too. The raw message, the state change, the receipt, the event and the verdict commit in one transaction,
 * so that the partner hears "received" only once all of it is stored; when applying fails, the raw message is kept
 * in a transaction of its own with the failure, and the partner is asked to send it again. A process that dies before
 * answering loses nothing either: the partner, unanswered, sends it again.
 */
@Component
public class ReceiveCallback {

    private static final Logger log = LoggerFactory.getLogger(ReceiveCallback.class);

    private final CallbackLog callbacks;
    private final SettlePayment settle;
    private final Payments payments;
    private final PublicSite site;
    private final TransactionTemplate tx;

    ReceiveCallback(
            CallbackLog callbacks, SettlePayment settle, Payments payments, PublicSite site, TransactionTemplate tx) {
        this.callbacks = callbacks;
        this.settle = settle;
        this.payments = payments;
        this.site = site;
        this.tx = tx;
    }

    public CallbackReply receive(PaymentProvider provider, InboundCallback callback) {
        CallbackVerdict verdict = provider.verify(callback);
        if (verdict instanceof CallbackVerdict.Refused refused) {
            log.warn("{} {} refused: {}", provider.code(), callback.kind(), refused.reason());
            return recordAlone(provider, callback, verdict, null, CallbackHandling.REFUSED, refused.reason());
        }
        CallbackVerdict.Authentic authentic = (CallbackVerdict.Authentic) verdict;
        try {
            ProviderResult result =
                    authentic.needsConfirmation() ? confirmed(provider, authentic.result()) : authentic.result();
            return tx.execute(status -> {
                Settled settled = settle.settle(provider.code(), result);
                CallbackReply reply = provider.reply(callback, verdict, settled.handling());
                callbacks.record(
                        callback, settled.paymentId(), result, settled.handling(), settled.why(), reply.status());
                return reply;
            });
        } catch (RuntimeException e) {
            log.error(
                    "{} {} could not be applied; the partner will send it again", provider.code(), callback.kind(), e);
            return recordAlone(provider, callback, verdict, authentic.result(), CallbackHandling.ERROR, e.toString());
        }
    }

    /** A hint is believed only as far as the partner confirms it when asked directly. */
    private ProviderResult confirmed(PaymentProvider provider, ProviderResult hint) {
        if (hint.providerOrderId() == null) {
            return hint;
        }
        return payments.findByProviderAndProviderOrderId(provider.code(), hint.providerOrderId())
                .map(payment -> provider.query(ProviderOrders.of(payment, site)))
                .orElse(hint);
    }

    private CallbackReply recordAlone(
            PaymentProvider provider,
            InboundCallback callback,
            CallbackVerdict verdict,
            ProviderResult result,
            CallbackHandling handling,
            String why) {
        CallbackReply reply = provider.reply(callback, verdict, handling);
        tx.executeWithoutResult(status -> callbacks.record(callback, null, result, handling, why, reply.status()));
        return reply;
    }
}
