/** The city's time zone and clock, for the domain of every service. */
package vn.egov.servicedefaults.time;
