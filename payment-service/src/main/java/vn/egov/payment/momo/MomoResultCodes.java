package vn.egov.payment.momo;

import vn.egov.payment.provider.Outcome;

/** What MoMo's {@code resultCode} means for a payment (MoMo's result code table). */
final class MomoResultCodes {

    private MomoResultCodes() {}

    static Outcome outcome(int resultCode) {
        return switch (resultCode) {
            case 0 -> Outcome.SUCCEEDED;
            // 1000 initiated, waiting for the payer; 7000/7002 being processed; 9000 authorised, not captured yet.
            case 1000, 7000, 7002, 9000 -> Outcome.PENDING;
            case 1003, 1006, 1017 -> Outcome.CANCELLED;
            case 1005 -> Outcome.EXPIRED;
            case 42 -> Outcome.NOT_FOUND;
            case 1001, 1002, 1004, 1007, 1026, 1080, 1081, 1088, 4001, 4002, 4100 -> Outcome.DECLINED;
            default -> Outcome.ERROR;
        };
    }
}
