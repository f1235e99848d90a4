/** The internal HTTP view of deadlines for other services: an agency's overdue and soon-due dossiers. */
package vn.egov.dossier.deadlines.web;
