package vn.egov.contracts.codes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.egov.contracts.EventType;
import vn.egov.contracts.EventTypes;

/** The JSON Schemas keep their own patterns for integrators; the Java types must accept exactly what they accept. */
class CodeSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static final List<String> AGENCY_CODES = List.of(
            "000.00.15.H17",
            "000.00.16.H17",
            "000.20.31.H17",
            "123.45.67.G01",
            // not codes
            "",
            "000.00.15.h17",
            "000.00.15.H1",
            "000.00.15.H170",
            "00.00.15.H17",
            "000-00-15-H17",
            "000.00.15.17H",
            " 000.00.15.H17",
            "000.00.15.H17 ",
            "000.00.15.Đ17",
            "000.00.15.H١٧",
            "000.00.15.H17-261123-0001");

    static final List<String> DOSSIER_CODES = List.of(
            "000.00.15.H17-261123-0001",
            "000.00.15.H17-261123-9999",
            "000.00.15.H17-261123-12345",
            "000.20.31.H17-250101-0042",
            // not codes
            "",
            "000.00.15.H17-261123-001",
            "000.00.15.H17-2611-0001",
            "000.00.15.H17-2611230-0001",
            "H17-261123-0001",
            "000.00.15.h17-261123-0001",
            "000.00.15.H17_261123_0001",
            "000.00.15.H17-261123-0001 ",
            "000.00.15.H17-261123-00a1",
            "000.00.15.H17");

    static Stream<Arguments> codePatterns() throws IOException {
        List<Arguments> patterns = new ArrayList<>();
        for (EventType type : EventTypes.all()) {
            JsonNode properties = schemaOf(type).get("properties");
            if (properties.has("agencyCode")) {
                patterns.add(Arguments.of(
                        type.type(), "agencyCode", properties.get("agencyCode"), AGENCY_CODES, isValidAgencyCode()));
            }
            if (properties.has("dossierCode")) {
                patterns.add(Arguments.of(
                        type.type(),
                        "dossierCode",
                        properties.get("dossierCode"),
                        DOSSIER_CODES,
                        isValidDossierCode()));
            }
        }
        return patterns.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("codePatterns")
    void schemaAndValueTypeAcceptTheSameCodes(
            String type, String field, JsonNode property, List<String> candidates, Predicate<String> valueType) {
        JsonSchema schema = SCHEMAS.getSchema(property);

        for (String candidate : candidates) {
            boolean bySchema = schema.validate(TextNode.valueOf(candidate)).isEmpty();
            assertThat(valueType.test(candidate))
                    .as("%s %s of %s: \"%s\"", type, field, type, candidate)
                    .isEqualTo(bySchema);
        }
    }

    @Test
    void everyEventCarryingACodeIsChecked() throws IOException {
        assertThat(codePatterns()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void theExamplesSayBothWays() {
        assertThat(AGENCY_CODES.stream().filter(AgencyCode::isValid)).hasSize(4);
        assertThat(DOSSIER_CODES.stream().filter(DossierCode::isValid)).hasSize(4);
    }

    /**
     * Schemas are ECMA-262 patterns, whose {@code $} matches only at the very end; the validator above uses Java's
     * regular expressions, whose {@code $} also matches before a final line break, so this case is checked here alone.
     */
    @Test
    void refusesACodeFollowedByALineBreakAsTheSchemasPatternsDo() {
        assertThat(AgencyCode.isValid("000.00.15.H17\n")).isFalse();
        assertThat(DossierCode.isValid("000.00.15.H17-261123-0001\n")).isFalse();
    }

    private static Predicate<String> isValidAgencyCode() {
        return text -> {
            boolean valid = AgencyCode.isValid(text);
            assertThat(parses(() -> AgencyCode.parse(text))).isEqualTo(valid);
            return valid;
        };
    }

    private static Predicate<String> isValidDossierCode() {
        return text -> {
            boolean valid = DossierCode.isValid(text);
            assertThat(parses(() -> DossierCode.parse(text))).isEqualTo(valid);
            return valid;
        };
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode schemaOf(EventType type) throws IOException {
        try (InputStream in = CodeSchemasTest.class.getClassLoader().getResourceAsStream(type.schemaPath())) {
            assertThat(in).as(type.schemaPath()).isNotNull();
            return JSON.readTree(in);
        }
    }
}
