package vn.egov.web.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriUtils;

/**
 * Paths of the public API with what the person typed encoded strictly: every path segment and query value is
 * percent-encoded as UTF-8, so that a "+" or a "/" typed into a search box stays what it was.
 */
public final class ApiPaths {

    private ApiPaths() {}

    /** {@code path("/api/dossiers/{}/actions/{}", code, action)}: each {@code {}} is the next segment, encoded. */
    public static String path(String template, Object... segments) {
        StringBuilder path = new StringBuilder();
        int next = 0;
        int from = 0;
        int at;
        while ((at = template.indexOf("{}", from)) >= 0) {
            path.append(template, from, at);
            path.append(UriUtils.encodePathSegment(String.valueOf(segments[next++]), StandardCharsets.UTF_8));
            from = at + 2;
        }
        if (next != segments.length) {
            throw new IllegalArgumentException("segments do not match " + template);
        }
        return path.append(template.substring(from)).toString();
    }

    /** The path with the non-null parameters as its query, in the order given. */
    public static String query(String path, Map<String, ?> parameters) {
        StringBuilder uri = new StringBuilder(path);
        char separator = path.contains("?") ? '&' : '?';
        for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
            if (parameter.getValue() == null) {
                continue;
            }
            uri.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return uri.toString();
    }

    /** An ordered map for {@link #query}, taking name-value pairs; null values are skipped later. */
    public static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
