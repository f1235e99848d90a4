package vn.egov.web.platform;

/**
 * The person must sign in (again): the page needs their token and there is none, it has expired, or the platform
 * refused it (401). The page they were on is remembered and they come back to it after signing in.
 */
public final class SignInRequired extends RuntimeException {

    private final boolean refusedByPlatform;

    public SignInRequired(String why) {
        this(why, false);
    }

    public SignInRequired(String why, boolean refusedByPlatform) {
        super(why);
        this.refusedByPlatform = refusedByPlatform;
    }

    /** True when the platform answered 401 to a token this site still held as valid. */
    public boolean refusedByPlatform() {
        return refusedByPlatform;
    }
}
