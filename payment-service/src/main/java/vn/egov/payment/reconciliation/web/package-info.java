/** HTTP of reconciliation: a day's mismatches for officers. */
package vn.egov.payment.reconciliation.web;
