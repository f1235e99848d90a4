/**
 * The national public-service portal (Cổng Dịch vụ công quốc gia) as a province's one-stop system meets it: a session
 * for the integration account, and the dossier synchronisation service {@code DongBoHoSoMC}, which validates and keeps
 * what it is sent.
 */
package vn.egov.sandbox.nationalportal;
