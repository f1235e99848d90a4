/** The HTTP views of the accounts: the administrators' API and the services' internal list of officers. */
package vn.egov.identity.user.web;
