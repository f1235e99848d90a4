/** The officers' morning digest: each working morning, one e-mail per officer with their agency's urgent dossiers. */
package vn.egov.notification.digest;
