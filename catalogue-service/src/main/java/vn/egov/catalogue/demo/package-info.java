/** Demo data of the Da Nang procedure catalogue and a deterministic generator of large synthetic catalogues for benchmarks. */
package vn.egov.catalogue.demo;
