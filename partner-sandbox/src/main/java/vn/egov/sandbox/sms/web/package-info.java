/** The eSMS JSON endpoint and its wire formats. */
package vn.egov.sandbox.sms.web;
