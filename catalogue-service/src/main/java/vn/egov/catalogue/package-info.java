/** catalogue-service: the city's agencies and administrative procedure catalogue, its search and statistics. */
package vn.egov.catalogue;
