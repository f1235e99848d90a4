/** The gateway: the single public entry of the platform in front of the services. */
package vn.egov.gateway;
