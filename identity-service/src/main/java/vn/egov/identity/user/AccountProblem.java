package vn.egov.identity.user;

/**
 * Why an account operation cannot be done, without naming an HTTP status: the web layer maps the kind to one and
 * the slug to the problem's {@code type} ({@code https://egov.vn/problems/<slug>}).
 */
public class AccountProblem extends RuntimeException {

    /** What kind of refusal this is. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT
    }

    private final Kind kind;
    private final String slug;

    public AccountProblem(Kind kind, String slug, String detail) {
        super(detail);
        this.kind = kind;
        this.slug = slug;
    }

    public Kind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public static AccountProblem notFound(Username username) {
        return new AccountProblem(Kind.NOT_FOUND, "account-not-found", "There is no account " + username);
    }
}
