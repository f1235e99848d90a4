/** The authorization server itself: issuer, security filter chains, and the persisted signing key. */
package vn.egov.identity.server;
