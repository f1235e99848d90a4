package vn.egov.catalogue.demo;

import java.util.Objects;

/**
 * One fee or charge of a demo procedure, as it appears in {@code catalogue/danang-procedures.json}.
 *
 * <p>The fees of a procedure are additive: together they are what an applicant pays in the typical case. Where the
 * law sets a different amount for a variant (late registration, counter instead of online submission) the description
 * says so and the amount is the one that applies to a dossier submitted through the portal.
 *
 * @param description what the fee is for, in Vietnamese
 * @param amount amount in VND, never negative; 0 when the procedure is free of charge
 */
public record DemoFee(String description, long amount) {

    public DemoFee {
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("fee description must not be blank");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("fee amount must not be negative: " + amount);
        }
    }
}
