/**
 * Messages citizens send us: a status look-up by SMS to the city's short code or on the Zalo Official Account, answered
 * on the same channel through the delivery log, idempotent per provider message id and rate-limited per sender.
 */
package vn.egov.notification.inbound;
