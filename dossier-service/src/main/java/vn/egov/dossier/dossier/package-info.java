/** The dossier aggregate, its codes and statuses, and the use cases of intake and the one-stop workflow. */
package vn.egov.dossier.dossier;
