/**
 * VietinBank collection by bank transfer: a dynamic VietQR to the agency's account carrying our reference, the bank's
 * signed balance-change notification, and its statement for confirmation and reconciliation.
 */
package vn.egov.payment.vietinbank;
