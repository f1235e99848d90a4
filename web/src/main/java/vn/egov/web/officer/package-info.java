/** The officer's console: the agency inbox and the actions on a dossier. */
package vn.egov.web.officer;
