/** The NAPAS gateway's endpoints ({@code /napas/gateway/*}), its card page and its form-encoded wire format. */
package vn.egov.sandbox.napas.web;
