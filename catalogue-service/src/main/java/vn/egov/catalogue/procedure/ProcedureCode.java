package vn.egov.catalogue.procedure;

import java.util.regex.Pattern;

/** A national procedure code such as {@code 1.001193}. */
public record ProcedureCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("^\\d\\.\\d{6}$");

    public ProcedureCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a procedure code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
