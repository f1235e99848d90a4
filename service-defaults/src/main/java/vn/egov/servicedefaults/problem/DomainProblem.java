package vn.egov.servicedefaults.problem;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure of the domain that the caller can act on, said without HTTP: what kind of failure it is, the stable slug
 * of its problem type ({@code https://egov.vn/problems/<slug>}), a detail for people and machine-readable members
 * such as {@code errors}. Services subclass it in their feature packages ({@code DossierNotFound},
 * {@code IllegalTransition}); {@link ProblemHandlers} answers every one as problem+json with the status of its kind,
 * so that the status codes live in one place.
 */
public abstract class DomainProblem extends RuntimeException {

    /** What went wrong, as far as the caller is concerned; each kind has one status and a default title. */
    public enum Kind {
        /** No such thing, or none the caller may see. */
        NOT_FOUND("Not found"),
        /** The request breaks a rule about its own content. */
        INVALID("Invalid request"),
        /** The current state does not allow it; the caller should reload and decide again. */
        CONFLICT("Conflict"),
        /** The caller may not do this. */
        FORBIDDEN("Forbidden"),
        /** Understood, but cannot be done as asked (an idempotency key reused for another request). */
        UNPROCESSABLE("Unprocessable request"),
        /** The content is of a type the domain does not accept. */
        UNSUPPORTED_CONTENT("Unsupported content"),
        /** The content is larger than the domain accepts. */
        TOO_LARGE("Too large"),
        /** Something the use case needs cannot answer now; retrying later may work. */
        UNAVAILABLE("Unavailable");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** The problem's title unless the problem names its own. */
        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Duration retryAfter;

    protected DomainProblem(Kind kind, String slug, String detail) {
        this(kind, slug, kind.title(), detail, null);
    }

    protected DomainProblem(Kind kind, String slug, String title, String detail) {
        this(kind, slug, title, detail, null);
    }

    protected DomainProblem(Kind kind, String slug, String title, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.slug = slug;
        this.title = title;
    }

    /** Adds a machine-readable member to the problem document (e.g. {@code errors}, {@code status}). */
    public DomainProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Says when retrying may work ({@link Kind#UNAVAILABLE}). */
    protected void retryAfter(Duration after) {
        this.retryAfter = after;
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The detail for people; the exception's message. */
    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** When retrying may work, or null when the problem does not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
