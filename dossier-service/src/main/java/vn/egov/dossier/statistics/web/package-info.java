/** The anonymous statistics endpoint. */
package vn.egov.dossier.statistics.web;
