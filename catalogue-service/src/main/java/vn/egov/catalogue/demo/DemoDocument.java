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
 * @param condition the case in which the document is needed, as the procedure states it ("Trường hợp ủy quyền thực
 *     hiện thủ tục", "Nếu có"), or {@code null} when every dossier needs it
 */
public record DemoDocument(String name, String form, int count, String template, String condition) {

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
        if (condition != null && condition.isBlank()) {
            throw new IllegalArgumentException("condition must be null or a case");
        }
    }
}
