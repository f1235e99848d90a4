/** The procedure catalogue as dossier-service sees it: catalogue-service over HTTP, guarded by Resilience4j. */
package vn.egov.dossier.catalogue;
