package vn.egov.servicedefaults.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.ObjectMapperProvider;

/**
 * springdoc's writers, with the YAML one made safe for the values our documents hold. Swagger's YAML writer leaves
 * {@code 0905123456} or {@code 2025-01-01} unquoted, which YAML 1.2 readers (Swagger UI's among them) take for a
 * number or a date: a phone number would show as {@code 905123456}. Here every value that starts with a digit is
 * quoted, and long lines are not folded, so that the committed documents read (and diff) one value per line.
 */
public class ApiDocumentYaml extends ObjectMapperProvider {

    private final ObjectMapper yaml;

    public ApiDocumentYaml(SpringDocConfigProperties properties) {
        super(properties);
        YAMLFactory factory = YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .stringQuotingChecker(new DigitsQuoted())
                .build();
        this.yaml = super.yamlMapper().copyWith(factory);
    }

    @Override
    public ObjectMapper yamlMapper() {
        return yaml;
    }

    /** Jackson's rules, and any value starting with a digit: codes, phone numbers, ID numbers, dates. */
    static final class DigitsQuoted extends StringQuotingChecker.Default {

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || (!value.isEmpty() && Character.isDigit(value.charAt(0)));
        }
    }
}
