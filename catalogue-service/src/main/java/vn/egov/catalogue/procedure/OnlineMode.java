package vn.egov.catalogue.procedure;

/** How far a procedure is online in the terms of Decree 42/2022: toàn trình, một phần, or not online. */
public enum OnlineMode {
    FULL,
    PARTIAL,
    NONE;

    /** Level 4 is fully online (submit, pay, receive), level 3 partially (submit online); lower levels are not. */
    public static OnlineMode of(int serviceLevel) {
        return switch (serviceLevel) {
            case 4 -> FULL;
            case 3 -> PARTIAL;
            default -> NONE;
        };
    }
}
