package vn.egov.identity.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sign-in name: 2 to 64 of lower-case letters, digits, dots, dashes and underscores, starting with a letter or a
 * digit. Names are case-insensitive: {@code Officer} and {@code officer} are one account, kept lower-case.
 *
 * @param value the name, lower-case
 */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public Username {
        value = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new AccountProblem(
                    AccountProblem.Kind.INVALID,
                    "invalid-username",
                    "A user name has 2 to 64 letters, digits, dots, dashes or underscores");
        }
    }

    /** True when {@code text} is a valid user name in any case; never throws. */
    public static boolean isValid(String text) {
        return text != null
                && FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
