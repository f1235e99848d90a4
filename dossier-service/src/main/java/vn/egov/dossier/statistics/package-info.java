/** Public aggregate figures on dossiers: received, online share, processed, on time and late, by period and agency. */
package vn.egov.dossier.statistics;
