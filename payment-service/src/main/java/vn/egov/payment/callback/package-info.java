/**
 * Partners' callbacks: each kept exactly as it arrived, its signature checked before anything else, applied to its
 * payment through {@link vn.egov.payment.payment.SettlePayment}, answered as the partner expects.
 */
package vn.egov.payment.callback;
