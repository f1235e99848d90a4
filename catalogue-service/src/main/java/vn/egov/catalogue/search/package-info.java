/** Searching and listing the procedures in force: Vietnamese with or without diacritics, filters, paging. */
package vn.egov.catalogue.search;
