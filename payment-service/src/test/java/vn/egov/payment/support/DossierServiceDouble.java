package vn.egov.payment.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.payment.dossier.DossierFee;

/**
 * dossier-service's internal fee API ({@code GET /internal/dossiers/{code}/fee}) as its contract defines it, answering
 * what a test says each dossier owes, and checking that the caller sent a bearer token. payment-service's tests use it
 * so that they need no dossier-service; the devstack's end-to-end test runs the real one.
 */
public final class DossierServiceDouble implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, DossierFee> fees = new ConcurrentHashMap<>();

    public DossierServiceDouble() {
        JsonMapper json = JsonMapper.builder().build();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/internal/dossiers/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String code = path.substring("/internal/dossiers/".length(), path.length() - "/fee".length());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            DossierFee fee = fees.get(code);
            int status = authorization == null || !authorization.startsWith("Bearer ") ? 401 : fee == null ? 404 : 200;
            byte[] body = (status == 200
                            ? json.writeValueAsString(fee)
                            : "{\"type\":\"https://egov.vn/problems/not-found\",\"status\":" + status + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The dossier owes {@code amount} VND to the agency, owned by {@code owner}, and may be paid now. */
    public void owes(String dossierCode, String owner, String agencyCode, long amount) {
        fees.put(
                dossierCode,
                new DossierFee(
                        dossierCode,
                        "AWAITING_PAYMENT",
                        owner,
                        "ONLINE",
                        agencyCode,
                        "Sở Tư pháp thành phố Đà Nẵng",
                        "2.000488",
                        "Cấp Phiếu lý lịch tư pháp cho công dân",
                        "Lệ phí cấp Phiếu lý lịch tư pháp",
                        amount,
                        true,
                        null,
                        null,
                        "Nguyễn Văn An",
                        "12 Trần Phú, Hải Châu, Đà Nẵng"));
    }

    /** The dossier owes nothing now (paid, or no fee). */
    public void paid(String dossierCode, String owner, String agencyCode) {
        DossierFee fee = fees.get(dossierCode);
        fees.put(
                dossierCode,
                new DossierFee(
                        dossierCode,
                        "IN_PROCESSING",
                        owner,
                        "ONLINE",
                        agencyCode,
                        fee.agencyName(),
                        fee.procedureCode(),
                        fee.procedureName(),
                        fee.feeName(),
                        fee.amount(),
                        false,
                        "Hồ sơ đã được thanh toán phí, lệ phí",
                        "paid",
                        fee.payerName(),
                        fee.payerAddress()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
