/** Catalogue statistics as the city publishes them: procedures per tier and level, online shares. */
package vn.egov.catalogue.statistics;
