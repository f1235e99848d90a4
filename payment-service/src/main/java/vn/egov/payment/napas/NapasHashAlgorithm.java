package vn.egov.payment.napas;

/** How {@code vpc_SecureHash} is computed; a merchant account is set up for one of them. */
public enum NapasHashAlgorithm {
    /** Upper hex MD5 of the secret followed by the field values in field-name order (the classic gateway). */
    MD5,
    /** Upper hex HMAC-SHA256 under the secret's UTF-8 bytes of {@code name=value&...} in field-name order. */
    HMAC_SHA256
}
