/** Helpers the templates use: money, dates, status names in Vietnamese. */
package vn.egov.web.view;
