/**
 * Simulator of the NAPAS classic ECOM gateway ({@code vpc_} fields): the card page behind {@code vpcpay.do} with its
 * signed return, and the server-to-server {@code vpcdps} queryDR and refund.
 */
package vn.egov.sandbox.napas;
