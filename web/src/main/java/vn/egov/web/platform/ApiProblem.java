package vn.egov.web.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform refused a call with a problem+json answer (RFC 9457): a 4xx the page can explain to the person, most
 * often next to the field it names.
 *
 * @param status the HTTP status
 * @param slug the last segment of the problem's {@code type} ({@code https://egov.vn/problems/<slug>})
 * @param detail the platform's own (English) explanation, for the log, never shown as it is
 * @param errors the fields the platform named, in the order it named them
 * @param missing the codes of required documents that were not sent ({@code missing-documents})
 * @param properties every other member of the problem, as text
 */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String detail;
    private final List<FieldProblem> errors;
    private final List<String> missing;
    private final Map<String, String> properties;
    private final String correlationId;

    public ApiProblem(
            int status,
            String slug,
            String detail,
            List<FieldProblem> errors,
            List<String> missing,
            Map<String, String> properties,
            String correlationId) {
        super(status + " " + slug + ": " + detail);
        this.status = status;
        this.slug = slug;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.missing = List.copyOf(missing);
        this.properties = Map.copyOf(properties);
        this.correlationId = correlationId;
    }

    /** One field the platform refused, by its JSON path ({@code applicant.phone}, {@code documents[0]}). */
    public record FieldProblem(String field, String message) {}

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public List<String> missing() {
        return missing;
    }

    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    public String correlationId() {
        return correlationId;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
