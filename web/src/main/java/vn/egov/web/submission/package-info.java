/** The online submission form: uploads, the dossier, one dossier per form however often it is sent. */
package vn.egov.web.submission;
