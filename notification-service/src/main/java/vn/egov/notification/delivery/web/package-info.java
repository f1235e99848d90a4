/** The delivery log over HTTP: {@code GET /api/notifications?dossierCode=}. */
package vn.egov.notification.delivery.web;
