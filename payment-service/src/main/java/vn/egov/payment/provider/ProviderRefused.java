package vn.egov.payment.provider;

/** The partner answered and refused the request (a bad amount, a duplicate order, our credentials). */
public class ProviderRefused extends RuntimeException {

    public ProviderRefused(String provider, String what, String partnerAnswer) {
        super(provider + " refused " + what + ": " + partnerAnswer);
    }
}
