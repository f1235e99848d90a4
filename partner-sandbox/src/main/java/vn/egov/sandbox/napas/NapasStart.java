package vn.egov.sandbox.napas;

/**
 * The gateway's answer to a pay request.
 *
 * @param refusal why the gateway refuses it, {@code null} when it shows the card page
 * @param detail what exactly is wrong, for the error page; {@code null} when accepted
 * @param order the order accepted; {@code null} when refused
 */
public record NapasStart(NapasResponseCode refusal, String detail, NapasOrder order) {

    static NapasStart refused(NapasResponseCode code, String detail) {
        return new NapasStart(code, detail, null);
    }
}
