/** HTTP reading and download of a payment's e-receipt, and the public verification of a receipt by its code. */
package vn.egov.payment.receipt.web;
