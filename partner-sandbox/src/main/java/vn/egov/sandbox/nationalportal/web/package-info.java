/** The national portal's HTTP endpoints, and the sandbox's read-out of what it received. */
package vn.egov.sandbox.nationalportal.web;
