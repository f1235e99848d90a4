/** Home, procedure search and the procedure page. */
package vn.egov.web.catalogue;
