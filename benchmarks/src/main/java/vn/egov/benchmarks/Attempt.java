package vn.egov.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP attempt of a client under faults: a first try or a retry of the same intended request.
 *
 * @param kind what the client was doing
 * @param request the intended request's identity (its {@code Idempotency-Key})
 * @param number 1 for the first try, 2 for the first retry, ...
 * @param startMillis when it was sent (epoch milliseconds)
 * @param endMillis when its answer or error came (epoch milliseconds)
 * @param status the HTTP status, 0 when there was none (connection refused or reset, timeout)
 * @param ok whether the client took the answer as success
 * @param problem the problem+json {@code type} of an error answer (its last path segment, such as {@code
 *     service-unavailable}), or null: it tells the gateway's own 503 from a service's
 */
record Attempt(
        Kind kind,
        String request,
        int number,
        long startMillis,
        long endMillis,
        int status,
        boolean ok,
        String problem) {

    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"(?:[^\"]*/)?([^\"/]+)\"");

    /** The last segment of the problem type in an error answer's body, or null when it has none. */
    static String problemType(int status, String body) {
        if (status < 400 || body == null) {
            return null;
        }
        Matcher type = PROBLEM_TYPE.matcher(body);
        return type.find() ? type.group(1) : null;
    }

    /** How the report names this attempt's answer: the status, and the problem type of an error answer. */
    String answer() {
        return problem == null ? Integer.toString(status) : status + " " + problem;
    }

    /** The three kinds of client of the faults benchmark. */
    enum Kind {
        SUBMISSION("online submission"),
        OFFICER_ACTION("officer action"),
        CALLBACK("MoMo IPN");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** Whether a client retries after this answer: a 5xx, a 429 or no answer at all, as a real app would. */
    static boolean retryable(int status) {
        return status == 0 || status == 429 || status >= 500;
    }
}
