/** Listens to payment events: succeeded payments and refunds, applied to their dossiers once each. */
package vn.egov.dossier.payment.messaging;
