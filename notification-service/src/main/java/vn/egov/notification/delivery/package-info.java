/**
 * Deliveries: one message per event and channel, its state (pending, sent, failed), the providers that carry it, the
 * retries and the delivery log.
 */
package vn.egov.notification.delivery;
