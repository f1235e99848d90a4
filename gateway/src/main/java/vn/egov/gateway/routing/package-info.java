/** Which public paths go to which service, and where the services are. */
package vn.egov.gateway.routing;
