package vn.egov.payment.payment;

import vn.egov.payment.PublicSite;
import vn.egov.payment.provider.ProviderOrder;

/** A payment as the partner sees it. */
public final class ProviderOrders {

    private ProviderOrders() {}

    public static ProviderOrder of(Payment payment, PublicSite site) {
        return new ProviderOrder(
                payment.id(),
                payment.providerOrderId(),
                payment.amount(),
                "Le phi ho so " + payment.dossierCode(),
                payment.dossierCode(),
                site.returnUrl(payment.provider(), payment.providerOrderId()),
                site.callbackUrl(payment.provider()),
                payment.clientIp(),
                payment.createdAt(),
                payment.expiresAt());
    }
}
