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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.testsupport.TestIdentity;

/**
 * One HTTP server on 127.0.0.1 and a free port playing three partners, each in its public wire format:
 *
 * <ul>
 *   <li>eSMS.vn {@code POST /MainService.svc/json/SendMultipleMessage_V4_post_json/}: checks account, brandname, type
 *       and that the text is unaccented; answers 100 with an SMSID, 124 for a RequestId seen before;
 *   <li>Zalo ZNS {@code POST /message/template}: checks the access token; a tracking_id seen before sends nothing;
 *   <li>dossier-service {@code GET /internal/dossiers/{code}/contact}: answers only a valid SERVICE token of the test
 *       issuer, with the contact a test registered.
 * </ul>
 *
 * {@link #failNextSms(int)} makes the SMS gateway answer HTTP 503 a number of times, as a gateway in trouble does.
 */
public final class PartnerStubs implements AutoCloseable {

    public static final String SMS_API_KEY = "test-sms-key";
    public static final String SMS_SECRET_KEY = "test-sms-secret";
    public static final String BRANDNAME = "EGOV-DN";
    public static final String ZNS_TOKEN = "test-zns-token";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final JwtDecoder tokens;
    private final List<ReceivedSms> sms = new CopyOnWriteArrayList<>();
    private final Map<String, String> smsIdByRequestId = new ConcurrentHashMap<>();
    private final AtomicInteger smsFailures = new AtomicInteger();
    private final AtomicInteger smsRequests = new AtomicInteger();
    private final List<ReceivedZns> zns = new CopyOnWriteArrayList<>();
    private final Map<String, String> msgIdByTrackingId = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> contacts = new ConcurrentHashMap<>();
    private final List<String> contactCallers = new CopyOnWriteArrayList<>();

    /** An SMS the gateway accepted. */
    public record ReceivedSms(String phone, String content, String requestId, String smsId) {}

    /** A ZNS message the API accepted. */
    public record ReceivedZns(String phone, String templateId, Map<String, String> data, String trackingId) {}

    private PartnerStubs() {
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
        server.createContext("/MainService.svc/json/SendMultipleMessage_V4_post_json", this::esms);
        server.createContext("/message/template", this::zns);
        server.createContext("/internal/dossiers/", this::contact);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public static PartnerStubs start() {
        return new PartnerStubs();
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

    /** Adds the dossier's fees to the contact registered for it ({@code feeTotal}, in VND). */
    public void fee(String dossierCode, long feeTotal) {
        contacts.get(dossierCode).put("feeTotal", feeTotal);
    }

    /**
     * The gateway accepts an SMS as if our service had sent it and then crashed before recording the answer.
     *
     * @return its SMSID
     */
    public String smsAcceptedBeforeACrash(String requestId, String phone, String content) {
        String smsId = UUID.randomUUID().toString();
        smsIdByRequestId.put(requestId, smsId);
        sms.add(new ReceivedSms(phone, content, requestId, smsId));
        return smsId;
    }

    public void failNextSms(int times) {
        smsFailures.set(times);
    }

    public List<ReceivedSms> smsTo(String phone) {
        return sms.stream().filter(m -> m.phone().equals(phone)).toList();
    }

    /** Every request that reached the SMS endpoint, refused ones included. */
    public int smsRequests() {
        return smsRequests.get();
    }

    public List<ReceivedZns> znsTo(String phone) {
        return zns.stream().filter(m -> m.phone().equals(phone)).toList();
    }

    /** The {@code sub} of every token that fetched a contact. */
    public List<String> contactCallers() {
        return List.copyOf(contactCallers);
    }

    private void esms(HttpExchange exchange) throws IOException {
        smsRequests.incrementAndGet();
        if (smsFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            respond(exchange, 503, "text/plain", "Service Unavailable");
            return;
        }
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String code;
        String smsId = null;
        String content = request.path("Content").asString("");
        if (!SMS_API_KEY.equals(request.path("ApiKey").asString(""))
                || !SMS_SECRET_KEY.equals(request.path("SecretKey").asString(""))) {
            code = "101";
        } else if (!"2".equals(request.path("SmsType").asString(""))) {
            code = "118";
        } else if (!BRANDNAME.equals(request.path("Brandname").asString(""))) {
            code = "104";
        } else if (!request.path("Phone").asString("").matches("(0|84)[35789]\\d{8}")) {
            code = "108";
        } else if (content.isBlank() || !content.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            code = "146";
        } else {
            String requestId = request.path("RequestId").asString("");
            String candidate = UUID.randomUUID().toString();
            String first = smsIdByRequestId.putIfAbsent(requestId, candidate);
            if (first != null) {
                code = "124";
                smsId = first;
            } else {
                code = "100";
                smsId = candidate;
                sms.add(new ReceivedSms(request.path("Phone").asString(), content, requestId, smsId));
            }
        }
        ObjectNode answer = JSON.createObjectNode().put("CodeResult", code).put("CountRegenerate", 0);
        if (smsId != null) {
            answer.put("SMSID", smsId);
        }
        respond(exchange, 200, "application/json", JSON.writeValueAsString(answer));
    }

    private void zns(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
        if (!ZNS_TOKEN.equals(exchange.getRequestHeaders().getFirst("access_token"))) {
            respond(exchange, 200, "application/json", "{\"error\":-124,\"message\":\"Access token invalid\"}");
            return;
        }
        if (!request.path("phone").asString("").matches("84[35789]\\d{8}")) {
            respond(exchange, 200, "application/json", "{\"error\":-108,\"message\":\"Phone number invalid\"}");
            return;
        }
        String trackingId = request.path("tracking_id").asString("");
        String candidate = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String first = msgIdByTrackingId.putIfAbsent(trackingId, candidate);
        if (first == null) {
            Map<String, String> data = new java.util.LinkedHashMap<>();
            request.path("template_data")
                    .properties()
                    .forEach(e -> data.put(e.getKey(), e.getValue().asString()));
            zns.add(new ReceivedZns(
                    request.path("phone").asString(),
                    request.path("template_id").asString(),
                    data,
                    trackingId));
        }
        ObjectNode answer = JSON.createObjectNode().put("error", 0).put("message", "Success");
        answer.putObject("data").put("msg_id", first == null ? candidate : first);
        respond(exchange, 200, "application/json", JSON.writeValueAsString(answer));
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
