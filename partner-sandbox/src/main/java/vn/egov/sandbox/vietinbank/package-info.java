/**
 * Simulator of collection by bank transfer into a VietinBank account: a citizen's banking app paying a dynamic
 * VietQR, VietinBank's RSA-signed balance-change notification, and its statement inquiry for reconciliation.
 */
package vn.egov.sandbox.vietinbank;
