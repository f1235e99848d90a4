/** Dossier events that start refunds. */
package vn.egov.payment.refund.messaging;
