package vn.egov.benchmarks;

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
 */
record Attempt(Kind kind, String request, int number, long startMillis, long endMillis, int status, boolean ok) {

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
