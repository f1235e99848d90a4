package vn.egov.payment.provider;

/** The partner could not be reached, timed out, or answered something that is not its protocol. Try again later. */
public class ProviderUnavailable extends RuntimeException {

    public ProviderUnavailable(String provider, String what, Throwable cause) {
        super(provider + " " + what + ": " + (cause == null ? "no answer" : cause.getMessage()), cause);
    }

    public ProviderUnavailable(String provider, String what) {
        this(provider, what, null);
    }
}
