/**
 * Pushes every dossier status change to the national public-service portal (Cổng Dịch vụ công quốc gia), once per
 * event and never an older status over a newer one, and reports the dossiers whose last status the portal lacks.
 */
package vn.egov.notification.nationalportal;
