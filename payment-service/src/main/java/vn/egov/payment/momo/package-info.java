/**
 * MoMo's AIO v2 gateway, {@code captureWallet}: create, IPN, query and refund, each signed with HMAC-SHA256 over the
 * field order MoMo documents.
 */
package vn.egov.payment.momo;
