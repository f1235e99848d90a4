package vn.egov.servicedefaults.limits;

import org.springframework.core.env.Environment;
import tools.jackson.core.StreamReadConstraints;

/**
 * How deep, long and wide a JSON document a service reads, from {@code egov.json.*}. Jackson checks these while it
 * parses, so a body nested thousands of levels deep or a number of thousands of digits is refused (400 problem+json,
 * as unreadable JSON) before it costs a stack or a CPU. Jackson's defaults are sized for any program; ours fit the
 * platform's documents: forms a few levels deep, money as a long.
 *
 * <p>The constraints are Jackson's process-wide defaults ({@link StreamReadConstraints#overrideDefaultStreamReadConstraints}),
 * set before any mapper is built: Spring Boot builds the mappers from a JSON factory of its own that no customizer can
 * replace, and a service is one process.
 */
public final class JsonLimits {

    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    public static final int DEFAULT_MAX_STRING_LENGTH = 5_000_000;
    public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

    private JsonLimits() {}

    /** Applies {@code egov.json.max-nesting-depth}, {@code -number-length}, {@code -string-length}, {@code -name-length}. */
    public static void apply(Environment environment) {
        StreamReadConstraints.overrideDefaultStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(positive(environment, "egov.json.max-nesting-depth", DEFAULT_MAX_NESTING_DEPTH))
                .maxNumberLength(positive(environment, "egov.json.max-number-length", DEFAULT_MAX_NUMBER_LENGTH))
                .maxStringLength(positive(environment, "egov.json.max-string-length", DEFAULT_MAX_STRING_LENGTH))
                .maxNameLength(positive(environment, "egov.json.max-name-length", DEFAULT_MAX_NAME_LENGTH))
                .build());
    }

    private static int positive(Environment environment, String key, int fallback) {
        int value = environment.getProperty(key, Integer.class, fallback);
        if (value <= 0) {
            throw new IllegalArgumentException(key + " must be positive: " + value);
        }
        return value;
    }
}
