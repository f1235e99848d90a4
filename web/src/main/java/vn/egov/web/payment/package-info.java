/** Paying a dossier's fee with MoMo, NAPAS or a VietQR, and the page a payer comes back to. */
package vn.egov.web.payment;
