package vn.egov.payment.napas;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code application/x-www-form-urlencoded} in UTF-8: the pay URL's query, and the body both ways of vpcdps. */
final class FormEncoding {

    private FormEncoding() {}

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> escape(field.getKey()) + "=" + escape(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * Reads a form; a repeated name keeps its first value, as the callback controller does with query parameters.
     *
     * @throws IllegalArgumentException when the text is not a form (a bad percent escape)
     */
    static Map<String, String> decode(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = unescape(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : unescape(pair.substring(equals + 1));
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String escape(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String unescape(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
