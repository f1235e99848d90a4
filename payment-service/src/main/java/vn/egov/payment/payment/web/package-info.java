/** HTTP of payments: start, view, list, the VietQR image, the public status a payer's browser lands on. */
package vn.egov.payment.payment.web;
