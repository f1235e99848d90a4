/** The payment service: dossier fees paid online through the partners' gateways, and e-receipts. */
package vn.egov.payment;
