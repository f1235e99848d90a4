/** A dossier's fee as payment-service sees it: what is owed, payments received and refunds recorded. */
package vn.egov.dossier.payment;
