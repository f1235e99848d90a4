/** Zalo Notification Service (ZNS) template messages. */
package vn.egov.notification.zalo;
