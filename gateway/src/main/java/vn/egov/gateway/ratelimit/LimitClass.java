package vn.egov.gateway.ratelimit;

/** The classes of API calls that are limited separately, each with its own limit in {@link RateLimitProperties}. */
public enum LimitClass {
    /** Look-ups by a guessable code (enumeration): counted per client address, signed in or not. */
    LOOKUP,
    /** Other calls without a token, per client address. */
    ANONYMOUS,
    /** Other calls with a token, per signed-in person (the token's subject). */
    USER;

    String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
