/**
 * The web front end: pages for citizens (catalogue, submission, "Hồ sơ của tôi", payments, look-up, verification) and
 * officers (inbox, dossier actions), rendered on the server with Thymeleaf. It holds no data of its own and calls the
 * platform only through the gateway's public API, with the signed-in person's access token kept in the session.
 */
package vn.egov.web;
