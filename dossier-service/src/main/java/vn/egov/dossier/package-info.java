/** The dossier-service application: wiring and the security rules of its HTTP API. */
package vn.egov.dossier;
