/** The one-stop workflow: officers and applicants move a dossier on by its actions. */
package vn.egov.dossier.workflow;
