/**
 * Reconciliation: open payments asked of their partner and settled (so that a lost callback or a crash between the
 * partner's success and our record costs nothing), and a day's comparison with each partner's record for officers.
 */
package vn.egov.payment.reconciliation;
