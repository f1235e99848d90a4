/** The filter in front of the sign-in form that refuses attempts over the per-address limit with 429. */
package vn.egov.identity.loginlimit.web;
