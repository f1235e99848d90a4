/** HTTP API of the catalogue statistics. */
package vn.egov.catalogue.statistics.web;
