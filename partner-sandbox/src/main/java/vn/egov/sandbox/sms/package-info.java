/** Simulator of the eSMS.vn brandname SMS gateway (customer-care messages, JSON API). */
package vn.egov.sandbox.sms;
