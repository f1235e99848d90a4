/** The notification service: tells applicants about their dossiers by SMS, Zalo and e-mail. */
package vn.egov.notification;
