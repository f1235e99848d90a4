/** What every service gets by adding one dependency: errors, outbox, idempotent consumer, security, observability. */
package vn.egov.servicedefaults;
