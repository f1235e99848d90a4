/** The providers' webhooks for inbound messages: signature or shared-secret check, acknowledgement in their format. */
package vn.egov.notification.inbound.web;
