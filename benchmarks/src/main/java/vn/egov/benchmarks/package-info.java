/** Search and submission benchmarks that start the platform, load it at a fixed rate and write their reports. */
package vn.egov.benchmarks;
