/** Payment partners' server-to-server callbacks (IPN), the authoritative word on a payment's outcome. */
package vn.egov.payment.callback;
