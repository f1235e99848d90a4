package vn.egov.web.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An agency as {@code GET /api/catalogue/agencies} lists it; {@code level} is its tier. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Agency(String code, String name, String level) {}
