/** Swagger UI at {@code /api-docs} over the services' committed OpenAPI documents. */
package vn.egov.gateway.apidocs;
