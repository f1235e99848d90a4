/** The city's promotion rules: dossier counts from dossier events, eligibility, candidates, level changes. */
package vn.egov.catalogue.promotion;
