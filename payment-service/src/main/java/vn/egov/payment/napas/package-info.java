/**
 * NAPAS domestic card payments in the classic ECOM {@code vpc_} protocol: the payer's browser goes to the NAPAS page
 * and comes back with a signed hint that QueryDR confirms.
 */
package vn.egov.payment.napas;
