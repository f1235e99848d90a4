/** HTTP API of the agencies: the public list. */
package vn.egov.catalogue.agency.web;
