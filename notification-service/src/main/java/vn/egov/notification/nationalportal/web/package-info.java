/** The report of dossiers whose last status the national portal does not have, over HTTP. */
package vn.egov.notification.nationalportal.web;
