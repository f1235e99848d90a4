package vn.egov.webcore;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which correlation id a piece of work carries: the caller's {@link #HEADER} when it is sane, otherwise a new UUID.
 * "Sane" is at most 100 letters, digits and {@code . _ : -}; anything else from outside could smuggle text into log
 * lines, so it is replaced rather than cleaned. The gateway and every service apply this one rule.
 */
public final class CorrelationIdRule {

    /** The HTTP header that carries the id to a service and back to the caller. */
    public static final String HEADER = "X-Correlation-Id";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CorrelationIdRule() {}

    /** {@code candidate} when it is acceptable, otherwise a new random UUID; never null. */
    public static String accept(String candidate) {
        return isAcceptable(candidate) ? candidate : UUID.randomUUID().toString();
    }

    /** True when {@code candidate} may be used as it came. */
    public static boolean isAcceptable(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches();
    }
}
