/** eSMS's delivery reports ({@code CallbackUrl}). */
package vn.egov.notification.sms.web;
