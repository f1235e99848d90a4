/**
 * Simulator of MoMo's AIO v2 payment gateway (captureWallet): create, payment page, IPN, query and refund, signed
 * with HMAC-SHA256 as MoMo does.
 */
package vn.egov.sandbox.momo;
