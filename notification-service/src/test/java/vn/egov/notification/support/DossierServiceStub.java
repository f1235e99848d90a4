package vn.egov.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.testsupport.TestIdentity;

/**
 * dossier-service's {@code GET /internal/dossiers/{code}/contact} on 127.0.0.1 and a free port: it answers only a valid
 * SERVICE token of the test issuer, with the contact a test registered. (The partners are the real sandbox: {@link
 * SandboxPartners}.)
 */
public final class DossierServiceStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final JwtDecoder tokens;
    private final Map<String, ObjectNode> contacts = new ConcurrentHashMap<>();
    private final List<String> contactCallers = new CopyOnWriteArrayList<>();

    private DossierServiceStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                        TestIdentity.shared().jwkSetUri())
                .build();
        decoder.setJwtValidator(
                JwtValidators.createDefaultWithIssuer(TestIdentity.shared().issuer()));
        tokens = decoder;
        server.createContext("/internal/dossiers/", this::contact);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public static DossierServiceStub start() {
        return new DossierServiceStub();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Registers what dossier-service answers for a dossier. */
    public void contact(String dossierCode, String phone, String email, List<String> notify) {
        ObjectNode contact = JSON.createObjectNode();
        contact.put("dossierCode", dossierCode);
        contact.put("procedureCode", "1.001823");
        contact.put("procedureName", "Cấp Phiếu lý lịch tư pháp");
        contact.put("agencyName", "Sở Tư pháp thành phố Đà Nẵng");
        contact.put("status", "NEW");
        contact.put("statusCode", 1);
        contact.put("dueDate", "2026-12-04");
        contact.put("fullName", "Nguyễn Văn An");
        contact.put("phone", phone);
        contact.put("email", email);
        notify.forEach(contact.putArray("notify")::add);
        contacts.put(dossierCode, contact);
    }

    /** Names the citizen account that submitted the dossier registered with {@link #contact}. */
    public void owner(String dossierCode, String subject) {
        contacts.get(dossierCode).put("ownerSubject", subject);
    }

    /** Adds the dossier's fees to the contact registered for it ({@code feeTotal}, in VND). */
    public void fee(String dossierCode, long feeTotal) {
        contacts.get(dossierCode).put("feeTotal", feeTotal);
    }

    /** The {@code sub} of every token that fetched a contact. */
    public List<String> contactCallers() {
        return List.copyOf(contactCallers);
    }

    private void contact(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Jwt jwt;
        try {
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                throw new JwtException("no bearer token");
            }
            jwt = tokens.decode(authorization.substring("Bearer ".length()));
        } catch (JwtException e) {
            respond(exchange, 401, "application/problem+json", "{\"status\":401}");
            return;
        }
        List<String> roles = jwt.getClaimAsStringList("roles");
        if (roles == null || !roles.contains("SERVICE")) {
            respond(exchange, 403, "application/problem+json", "{\"status\":403}");
            return;
        }
        contactCallers.add(jwt.getSubject());
        String path = exchange.getRequestURI().getPath();
        ObjectNode contact = path.endsWith("/contact")
                ? contacts.get(path.substring("/internal/dossiers/".length(), path.length() - "/contact".length()))
                : null;
        if (contact == null) {
            respond(exchange, 404, "application/problem+json", "{\"status\":404}");
            return;
        }
        respond(exchange, 200, "application/json", JSON.writeValueAsString(contact));
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
