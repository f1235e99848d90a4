/** The working calendar's HTTP API: anyone reads a year, administrators set and remove days. */
package vn.egov.dossier.calendar.web;
