/** Vietnamese message templates, one per event and channel, rendered by Thymeleaf in TEXT and HTML modes. */
package vn.egov.notification.template;
