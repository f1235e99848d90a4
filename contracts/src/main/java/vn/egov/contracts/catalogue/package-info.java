/** Contract events of the procedure catalogue, published on {@code egov.catalogue.events} keyed by procedure code. */
package vn.egov.contracts.catalogue;
