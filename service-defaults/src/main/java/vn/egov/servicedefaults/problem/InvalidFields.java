package vn.egov.servicedefaults.problem;

import java.util.List;
import java.util.Map;

/**
 * A request with fields the domain refuses, each named in {@code errors} as {@code {field, message}}: the same shape
 * as bean validation's answer, so that clients read one format whichever check refused the request.
 */
public class InvalidFields extends DomainProblem {

    /**
     * @param slug the problem type's last segment, {@code invalid-request} unless the failure has a name of its own
     * @param detail the detail for people
     * @param errors one {@code {field, message}} entry per refused field
     */
    public InvalidFields(String slug, String detail, List<Map<String, String>> errors) {
        super(Kind.INVALID, slug, detail);
        with("errors", errors);
    }

    /** One refused field, as {@code invalid-request} with the detail "Invalid fields: <field>". */
    public static InvalidFields of(String field, String message) {
        return new InvalidFields("invalid-request", "Invalid fields: " + field, List.of(error(field, message)));
    }

    /** One refused field, with a slug and a detail of its own. */
    public static InvalidFields of(String slug, String detail, String field, String message) {
        return new InvalidFields(slug, detail, List.of(error(field, message)));
    }

    /** An entry of {@code errors}. */
    public static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
