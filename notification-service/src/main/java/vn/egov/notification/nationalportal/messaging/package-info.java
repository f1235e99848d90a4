/** The consumer of dossier events that feeds the national portal sync, with its retries and dead-letter topic. */
package vn.egov.notification.nationalportal.messaging;
