/** Payments of dossier fees: the aggregate, its states, starting one, viewing and listing them, expiring unpaid ones. */
package vn.egov.payment.payment;
