package vn.egov.sandbox.payment;

/**
 * An amount of Vietnamese dong; the dong has no subunit in use, so it is a whole number.
 *
 * @param amount the amount, not negative
 */
public record Vnd(long amount) implements Comparable<Vnd> {

    public static final Vnd ZERO = new Vnd(0);

    public Vnd {
        if (amount < 0) {
            throw new IllegalArgumentException("an amount of VND must not be negative: " + amount);
        }
    }

    public Vnd plus(Vnd other) {
        return new Vnd(Math.addExact(amount, other.amount));
    }

    public Vnd minus(Vnd other) {
        return new Vnd(amount - other.amount);
    }

    @Override
    public int compareTo(Vnd other) {
        return Long.compare(amount, other.amount);
    }

    /** The plain digits, as partners put amounts on the wire. */
    @Override
    public String toString() {
        return Long.toString(amount);
    }
}
