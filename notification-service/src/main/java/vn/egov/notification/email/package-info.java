/** E-mail over SMTP, with an HTML and a plain-text body. */
package vn.egov.notification.email;
