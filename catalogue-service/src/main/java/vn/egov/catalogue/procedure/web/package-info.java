/** HTTP API of procedures: public detail reads and the administrators' writes. */
package vn.egov.catalogue.procedure.web;
