/**
 * Searching and listing the procedures in force from this instance's in-memory index, kept fresh after every write
 * and when the date changes: Vietnamese with or without diacritics, filters, paging.
 */
package vn.egov.catalogue.search;
