package vn.egov.sandbox.zalo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An approved ZNS template: a text whose {@code <param>} placeholders the sender fills with {@code template_data}.
 *
 * @param id the template id
 * @param text the text with placeholders
 */
public record ZnsTemplate(String id, String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9_]+)>");

    public ZnsTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** The parameter names, in order of first appearance. */
    public Set<String> params() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The parameters the data leaves out or leaves empty. */
    public List<String> missingParams(Map<String, ?> data) {
        return params().stream()
                .filter(name -> data == null
                        || data.get(name) == null
                        || String.valueOf(data.get(name)).isBlank())
                .toList();
    }

    /** The text the recipient reads; every parameter must be present. */
    public String render(Map<String, ?> data) {
        List<String> missing = missingParams(data);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("template " + id + " misses parameters " + missing);
        }
        return PLACEHOLDER
                .matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(String.valueOf(data.get(match.group(1)))));
    }
}
