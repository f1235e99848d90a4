/**
 * What the notification tests talk to: the real partner sandbox (eSMS, Zalo ZNS) read through its inbox and fault
 * API, and a stand-in for dossier-service's contact API.
 */
package vn.egov.notification.support;
