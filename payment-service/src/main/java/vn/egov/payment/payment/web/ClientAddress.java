package vn.egov.payment.payment.web;

import jakarta.servlet.http.HttpServletRequest;

/** The caller's address: the first of X-Forwarded-For, which the gateway sets, else the peer's. */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }
}
