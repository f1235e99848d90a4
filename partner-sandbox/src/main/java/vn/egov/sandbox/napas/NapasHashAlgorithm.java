package vn.egov.sandbox.napas;

/** How the gateway computes {@code vpc_SecureHash}; see {@link NapasSecureHash}. */
public enum NapasHashAlgorithm {
    /** Upper hex MD5 of the secret followed by the values. */
    MD5,
    /** Upper hex HMAC-SHA256 under the secret of {@code name=value&name=value}. */
    HMAC_SHA256
}
