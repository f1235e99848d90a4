package vn.egov.sandbox.fault;

import java.util.Locale;
import java.util.Optional;

/** A partner endpoint that faults can be injected into. */
public enum FaultChannel {
    /** The eSMS brandname SMS gateway. */
    SMS(false),
    /** The Zalo ZNS API. */
    ZALO(false),
    /** MoMo's AIO v2 API and payment page; its IPNs take callback faults. */
    MOMO(true),
    /** The NAPAS ECOM gateway ({@code vpcpay.do}, {@code vpcdps}); it sends no callbacks. */
    NAPAS(false),
    /** VietinBank: the VietQR transfer, its balance-change notification (callback faults) and the statement API. */
    VIETINBANK(true),
    /** The national public-service portal's dossier synchronisation ({@code /dvcqg/integration}). */
    NATIONAL_PORTAL(false);

    private final boolean sendsCallbacks;

    FaultChannel(boolean sendsCallbacks) {
        this.sendsCallbacks = sendsCallbacks;
    }

    /** Whether the partner calls the platform back, so that {@link CallbackFaults} mean something for it. */
    public boolean sendsCallbacks() {
        return sendsCallbacks;
    }

    /**
     * Reads a channel name as used in URLs, in any case: {@code sms}, {@code zalo} (or {@code zns}), {@code momo},
     * {@code napas}, {@code vietinbank} (or {@code vietqr}), {@code national-portal} (or {@code dvcqg}).
     */
    public static Optional<FaultChannel> parse(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "sms" -> Optional.of(SMS);
            case "zalo", "zns" -> Optional.of(ZALO);
            case "momo" -> Optional.of(MOMO);
            case "napas" -> Optional.of(NAPAS);
            case "vietinbank", "vietqr" -> Optional.of(VIETINBANK);
            case "national-portal", "dvcqg" -> Optional.of(NATIONAL_PORTAL);
            default -> Optional.empty();
        };
    }
}
