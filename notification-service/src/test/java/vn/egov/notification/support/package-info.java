/** Test doubles of the partners (eSMS, Zalo ZNS, dossier-service's contact API) speaking their wire formats. */
package vn.egov.notification.support;
