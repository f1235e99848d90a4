/**
 * E-receipts (biên lai điện tử, Decree 123/2020 art. 32, Circular 78/2021): issued when a payment succeeds, numbered per
 * collecting agency per year under the agency's form and receipt symbols.
 */
package vn.egov.payment.receipt;
