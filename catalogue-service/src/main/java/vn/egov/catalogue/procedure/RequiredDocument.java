package vn.egov.catalogue.procedure;

import java.util.Objects;
import java.util.Set;

/**
 * One required document (thành phần hồ sơ) of a version.
 *
 * @param code {@code TP1}, {@code TP2}… in the order of the version, stable within it; dossiers refer to it
 * @param form {@code ORIGINAL}, {@code COPY} or {@code ELECTRONIC}
 * @param template key of the official form, or null
 * @param condition the case in which a dossier needs it, which the applicant declares when submitting ("Trường hợp ủy
 *     quyền thực hiện thủ tục"); null when every dossier needs it
 */
public record RequiredDocument(String code, String name, String form, int count, String template, String condition) {

    public static final Set<String> FORMS = Set.of("ORIGINAL", "COPY", "ELECTRONIC");

    public RequiredDocument {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!FORMS.contains(form) || count < 1) {
            throw new IllegalArgumentException("invalid document " + code);
        }
    }

    /** Whether every dossier needs it, rather than only those whose applicant declares its {@link #condition}. */
    public boolean alwaysRequired() {
        return condition == null;
    }

    /** The code of the document at {@code index} (0-based) of its version. */
    public static String codeAt(int index) {
        return "TP" + (index + 1);
    }
}
