/** Files a citizen or officer uploads, checked by size and real content type, stored and linked to dossiers. */
package vn.egov.dossier.attachment;
