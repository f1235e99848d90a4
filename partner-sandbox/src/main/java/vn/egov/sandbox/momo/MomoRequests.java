package vn.egov.sandbox.momo;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/** Checks on the shape of requests that MoMo answers with result code 20 (bad format) when they fail. */
final class MomoRequests {

    private MomoRequests() {}

    static boolean anyBlank(Object... values) {
        return Arrays.stream(values)
                .anyMatch(value -> Objects.isNull(value) || value.toString().isBlank());
    }

    static boolean isLang(String lang) {
        return "vi".equals(lang) || "en".equals(lang);
    }

    static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }
}
