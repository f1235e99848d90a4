/** Dossier codes: the day's counter of each agency, taken outside the submission's transaction (ADR 6). */
package vn.egov.dossier.codes;
