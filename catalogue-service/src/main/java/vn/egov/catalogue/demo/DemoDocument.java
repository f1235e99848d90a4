package vn.egov.catalogue.demo;

import java.util.Objects;
import java.util.Set;

/**
 * One required document (thành phần hồ sơ) of a demo procedure.
 *
 * @param name the document as the procedure names it, in Vietnamese
 * @param form {@code ORIGINAL} (bản chính), {@code COPY} (bản sao or bản chụp) or {@code ELECTRONIC} (a file only)
 * @param count how many of it the dossier needs, at least one
 * @param template key of the official form (mẫu) to fill in, or {@code null} when the document has no form
 */
public record DemoDocument(String name, String form, int count, String template) {

    /** The accepted values of {@link #form()}. */
    public static final Set<String> FORMS = Set.of("ORIGINAL", "COPY", "ELECTRONIC");

    public DemoDocument {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("document name must not be blank");
        }
        if (!FORMS.contains(form)) {
            throw new IllegalArgumentException("unknown document form: " + form);
        }
        if (count < 1) {
            throw new IllegalArgumentException("document count must be at least 1: " + count);
        }
        if (template != null && template.isBlank()) {
            throw new IllegalArgumentException("template must be null or a key");
        }
    }
}
