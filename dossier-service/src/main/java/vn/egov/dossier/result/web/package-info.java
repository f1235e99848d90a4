/** HTTP download of results and receipt slips, and the anonymous verification of a result. */
package vn.egov.dossier.result.web;
