package vn.egov.catalogue.procedure;

import java.util.Objects;

/** A fee or charge in VND (integer); zero when free. */
public record Fee(String description, long amount) {

    public Fee {
        Objects.requireNonNull(description, "description");
        if (amount < 0) {
            throw new IllegalArgumentException("a fee is never negative: " + amount);
        }
    }
}
