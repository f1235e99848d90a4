/**
 * The in-process search engine of the procedure catalogue: Vietnamese folding and an immutable Lucene index snapshot,
 * free of Spring and of the database so that the benchmark can run the very same engine.
 */
package vn.egov.catalogue.search.index;
