/** HTTP API of promotion: eligibility, candidates, and the administrators' level change. */
package vn.egov.catalogue.promotion.web;
