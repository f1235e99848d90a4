package vn.egov.servicedefaults.problem;

import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;

/** Finds the JSON path (e.g. {@code applicant.phone}) of the value Jackson could not read. */
final class JsonErrorLocation {

    private JsonErrorLocation() {}

    static String fieldOf(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof DatabindException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof DatabindException databind) || databind.getPath().isEmpty()) {
            return null;
        }
        String path = databind.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.replace(".[", "[");
    }
}
