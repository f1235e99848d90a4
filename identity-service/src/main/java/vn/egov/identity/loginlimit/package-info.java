/**
 * Sign-in attempts counted per client address in buckets shared by every instance through the provider's database,
 * against password spraying: one password tried on many accounts from one address.
 */
package vn.egov.identity.loginlimit;
