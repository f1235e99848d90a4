package vn.egov.catalogue.procedure;

import java.time.LocalDate;
import java.util.List;

/** The rule for the effective date of a new version: not in the past, and not before the version it follows. */
final class EffectiveDates {

    private EffectiveDates() {}

    static void check(LocalDate effectiveFrom, LocalDate today, LocalDate previous) {
        if (effectiveFrom == null) {
            throw RulesDraft.invalid(List.of(RulesDraft.error("effectiveFrom", "is required")));
        }
        if (effectiveFrom.isBefore(today)) {
            throw RulesDraft.invalid(List.of(RulesDraft.error(
                    "effectiveFrom", "must be today (" + today + ") or later: published rules never change the past")));
        }
        if (previous != null && effectiveFrom.isBefore(previous)) {
            throw RulesDraft.invalid(List.of(
                    RulesDraft.error("effectiveFrom", "must not be before the latest version's date " + previous)));
        }
    }
}
