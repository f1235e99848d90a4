/** What payment-service asks dossier-service: the fee a dossier owes, who owns it, who collects it. */
package vn.egov.payment.dossier;
