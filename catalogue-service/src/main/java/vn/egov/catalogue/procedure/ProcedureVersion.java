package vn.egov.catalogue.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One published, immutable version of a procedure's rules, in force from {@code effectiveFrom}. */
public record ProcedureVersion(
        String code,
        int version,
        LocalDate effectiveFrom,
        ProcedureRules rules,
        OffsetDateTime publishedAt,
        String publishedBy) {

    public ProcedureVersion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(rules, "rules");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }
}
