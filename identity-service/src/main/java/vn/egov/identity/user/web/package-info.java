/** The internal, service-only HTTP view of the configured people: the officers and where to reach them. */
package vn.egov.identity.user.web;
