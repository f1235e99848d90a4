/** HTTP upload and download of attachments. */
package vn.egov.dossier.attachment.web;
