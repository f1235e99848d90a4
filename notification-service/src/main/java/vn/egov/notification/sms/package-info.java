/** SMS through the eSMS.vn brandname gateway: unaccented text, 160-character segments. */
package vn.egov.notification.sms;
