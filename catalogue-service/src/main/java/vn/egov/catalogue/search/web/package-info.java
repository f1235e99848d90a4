/** HTTP API of the procedure list and search. */
package vn.egov.catalogue.search.web;
