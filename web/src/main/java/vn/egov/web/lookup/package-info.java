/** Pages for anyone: status look-up by code and phone, verification of results and receipts. */
package vn.egov.web.lookup;
