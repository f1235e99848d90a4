/** The sandbox SMTP server (GreenMail) and the e-mails it received. */
package vn.egov.sandbox.mail;
