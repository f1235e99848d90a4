package vn.egov.sandbox.napas;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.egov.sandbox.payment.Vnd;

/** Reading and checking {@code vpc_} fields as the gateway receives them. */
final class NapasFields {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private NapasFields() {}

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** vpc_Amount, which is VND times 100, as VND; empty when not digits or not a whole number of dong. */
    static Optional<Vnd> amount(String vpcAmount) {
        if (vpcAmount == null || !DIGITS.matcher(vpcAmount).matches()) {
            return Optional.empty();
        }
        long hundredths = Long.parseLong(vpcAmount);
        return hundredths % 100 == 0 ? Optional.of(new Vnd(hundredths / 100)) : Optional.empty();
    }

    /** vpc_Amount of an amount of VND. */
    static String vpcAmount(Vnd amount) {
        return Long.toString(Math.multiplyExact(amount.amount(), 100L));
    }

    /**
     * Why a server-to-server request (queryDR, refund) is refused as code 8, or empty when the merchant, access
     * code, user, password and secure hash are all right.
     */
    static Optional<String> authenticationFailure(Map<String, String> fields, NapasProperties properties) {
        if (!properties.merchant().equals(fields.get("vpc_Merchant"))
                || !properties.accessCode().equals(fields.get("vpc_AccessCode"))) {
            return Optional.of("Invalid merchant or access code");
        }
        if (!properties.secureHash().verifies(fields)) {
            return Optional.of("Invalid checksum");
        }
        if (!properties.user().equals(fields.get("vpc_User"))
                || !properties.password().equals(fields.get("vpc_Password"))) {
            return Optional.of("Invalid user or password");
        }
        return Optional.empty();
    }

    /** Adds the gateway's secure hash to a response, computed over its fields. */
    static Map<String, String> signed(Map<String, String> fields, NapasProperties properties) {
        fields.put(NapasSecureHash.SECURE_HASH, properties.secureHash().hash(fields));
        return fields;
    }
}
