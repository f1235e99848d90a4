package vn.egov.sandbox.vietinbank;

/** A VietQR payload a banking app will not transfer on, and the field at fault (e.g. {@code 63}, {@code 38.01.00}). */
public class VietQrRefused extends RuntimeException {

    private final String field;

    public VietQrRefused(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The EMVCo id of the field at fault, sub-ids joined by dots; {@code payload} for the structure as a whole. */
    public String field() {
        return field;
    }
}
