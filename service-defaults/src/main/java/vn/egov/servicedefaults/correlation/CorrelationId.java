package vn.egov.servicedefaults.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The correlation id of the work in progress: taken from {@code X-Correlation-Id} or a CloudEvent's
 * {@code correlationid} extension, otherwise new; kept in the logging MDC so it is on every log line.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    /** CloudEvents extension names are lower-case alphanumerics. */
    public static final String CLOUDEVENT_EXTENSION = "correlationid";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private CorrelationId() {}

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** Uses {@code candidate} when it is a sane id from outside, otherwise a new one; returns what was set. */
    public static String set(String candidate) {
        String id = candidate != null && ACCEPTABLE.matcher(candidate).matches()
                ? candidate
                : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        return id;
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
    }
}
