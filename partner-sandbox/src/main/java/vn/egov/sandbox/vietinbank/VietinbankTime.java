package vn.egov.sandbox.vietinbank;

import java.time.format.DateTimeFormatter;

/** VietinBank's timestamps: {@code yyyyMMddHHmmss} in Vietnam time. */
final class VietinbankTime {

    static final DateTimeFormatter TRANS_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private VietinbankTime() {}
}
