package vn.egov.catalogue.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the demo catalogue from the classpath, strictly: an unknown property is an error. */
final class DemoCatalogueResources {

    static final String PROCEDURES = "/catalogue/danang-procedures.json";
    static final String AGENCIES = "/catalogue/danang-agencies.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DemoCatalogueResources() {}

    static List<DemoProcedure> procedures() {
        return read(PROCEDURES, new TypeReference<List<DemoProcedure>>() {});
    }

    static List<DemoAgency> agencies() {
        return read(AGENCIES, new TypeReference<List<DemoAgency>>() {});
    }

    static JsonNode tree(String resource) {
        try (InputStream in = open(resource)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = open(resource)) {
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = DemoCatalogueResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return in;
    }
}
