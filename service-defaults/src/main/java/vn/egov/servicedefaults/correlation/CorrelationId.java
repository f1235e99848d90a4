package vn.egov.servicedefaults.correlation;

import java.util.Optional;
import org.slf4j.MDC;
import vn.egov.webcore.CorrelationIdRule;

/**
 * The correlation id of the work in progress: taken from {@code X-Correlation-Id} or a CloudEvent's
 * {@code correlationid} extension when {@link CorrelationIdRule} accepts it, otherwise new; kept in the logging MDC so
 * it is on every log line.
 */
public final class CorrelationId {

    public static final String HEADER = CorrelationIdRule.HEADER;
    public static final String MDC_KEY = "correlationId";
    /** CloudEvents extension names are lower-case alphanumerics. */
    public static final String CLOUDEVENT_EXTENSION = "correlationid";

    private CorrelationId() {}

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** Uses {@code candidate} when it is a sane id from outside, otherwise a new one; returns what was set. */
    public static String set(String candidate) {
        String id = CorrelationIdRule.accept(candidate);
        MDC.put(MDC_KEY, id);
        return id;
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
    }
}
