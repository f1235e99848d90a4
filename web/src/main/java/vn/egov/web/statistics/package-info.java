/** The statistics page for officers and administrators: dossiers received, online share and on-time rate. */
package vn.egov.web.statistics;
