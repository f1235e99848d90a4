/** Loads the demo catalogue of Đà Nẵng into an empty database at start-up. */
package vn.egov.catalogue.seeding;
