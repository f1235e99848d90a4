/** What the simulated partners received, across channels, for demos and tests to read back. */
package vn.egov.sandbox.inbox;
