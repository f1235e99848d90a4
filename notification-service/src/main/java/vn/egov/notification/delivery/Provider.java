package vn.egov.notification.delivery;

import java.util.UUID;

/**
 * A gateway that carries messages of one channel. Implementations answer every outcome as a {@link SendResult} and
 * throw only for bugs.
 */
public interface Provider {

    Channel channel();

    /**
     * Sends a message once.
     *
     * @param deliveryId the provider-side idempotency key (eSMS RequestId, ZNS tracking_id, e-mail Message-ID), so
     *     that sending again after a crash does not make the provider send twice
     */
    SendResult send(UUID deliveryId, Message message);
}
