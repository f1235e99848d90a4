/**
 * The one interface every payment partner's adapter implements (MoMo, NAPAS, VietinBank; a fourth is one more class and
 * its configuration), and the values that cross it.
 */
package vn.egov.payment.provider;
