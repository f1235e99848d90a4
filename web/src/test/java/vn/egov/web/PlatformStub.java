package vn.egov.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server standing in for what the web module talks to: the gateway's public API (canned catalogue,
 * statistics and dossier answers, recording what arrived) and the identity provider (authorization code with PKCE,
 * checked for real: the token endpoint refuses a verifier that does not match the challenge; ID tokens signed with a
 * key of its own, published as its JWKS).
 */
final class PlatformStub implements AutoCloseable {

    static final String DOSSIER_CODE = "000.00.15.H17-261207-0001";
    /** A dossier the officer asked to supplement. */
    static final String SUPPLEMENT_CODE = "000.00.15.H17-261207-0002";

    static final String OVERDUE_CODE = "000.00.15.H17-261120-0002";
    static final String PAYMENT_ID = "0b9d6d0e-8a43-4f1e-b2a4-5b7f0c6d1e2f";
    static final String MOMO_PAGE = "http://momo.example/pay/abc";

    /** What the stub answers to API calls. */
    enum Mode {
        NORMAL,
        /** Every API call answers 503 problem+json, as the gateway does for a service that is down. */
        DOWN,
        /** Calls with a token answer 401, as for a token the platform no longer accepts. */
        REFUSE_TOKENS
    }

    record Call(String method, String path, String query, Map<String, String> headers, String body) {}

    /** Who the identity provider signs in: the ID token's and the access token's subject, name, roles and agency. */
    record Person(String username, String name, List<String> roles, String agency) {}

    static final Person CITIZEN = new Person("citizen", "Nguyễn Văn An", List.of("CITIZEN"), null);
    static final Person OFFICER = new Person("officer", "Trần Thị Bình", List.of("OFFICER"), "000.00.15.H17");
    static final Person ADMIN = new Person("admin", "Lê Văn Cường", List.of("ADMIN"), null);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final RSAKey key;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.NORMAL);
    private final AtomicReference<Person> person = new AtomicReference<>(CITIZEN);

    PlatformStub() {
        try {
            key = new RSAKeyGenerator(2048).keyID("stub").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void mode(Mode wanted) {
        mode.set(wanted);
    }

    /** The next sign-in is this person's. */
    void signInAs(Person who) {
        person.set(who);
    }

    List<Call> calls(String method, String path) {
        return calls.stream()
                .filter(call -> call.method().equals(method) && call.path().equals(path))
                .toList();
    }

    void forget() {
        calls.clear();
        mode.set(Mode.NORMAL);
        person.set(CITIZEN);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            calls.add(new Call(
                    exchange.getRequestMethod(), path, query, headers, new String(body, StandardCharsets.ISO_8859_1)));
            if (path.startsWith("/oauth2/")) {
                identity(exchange, path, query, new String(body, StandardCharsets.UTF_8));
            } else {
                api(exchange, path, headers, new String(body, StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    // The gateway's public API.

    private void api(HttpExchange exchange, String path, Map<String, String> headers, String body) throws IOException {
        if (mode.get() == Mode.DOWN) {
            problem(exchange, 503, "service-unavailable", "corr-503-a1b2");
            return;
        }
        if (mode.get() == Mode.REFUSE_TOKENS && headers.containsKey("authorization")) {
            problem(exchange, 401, "unauthorized", "corr-401-a1b2");
            return;
        }
        String method = exchange.getRequestMethod();
        switch (path) {
            case "/api/catalogue/statistics" ->
                json(exchange, 200, "{\"total\":225,\"level3or4Share\":0.9333,\"level4Share\":0.4044,\"year\":2026}");
            case "/api/dossiers/statistics" ->
                json(exchange, 200, statistics(form(exchange.getRequestURI().getRawQuery())));
            case "/api/catalogue/agencies" -> json(exchange, 200, AGENCIES);
            case "/api/assistant/messages" -> assistant(exchange, body);
            case "/api/dossiers/counter" -> {
                if (body.contains("\"0123456789\"")) {
                    submit(exchange, body);
                } else {
                    json(exchange, 201, "{\"code\":\"" + DOSSIER_CODE + "\",\"status\":\"ACCEPTED\"}");
                }
            }
            case "/api/dossiers/" + OVERDUE_CODE -> json(exchange, 200, OVERDUE);
            case "/api/dossiers/" + OVERDUE_CODE + "/apology" -> {
                if (body.contains("ngày nghỉ")) {
                    json(
                            exchange,
                            400,
                            "{\"type\":\"https://egov.vn/problems/invalid-request\",\"status\":400,"
                                    + "\"errors\":[{\"field\":\"newDueDate\",\"message\":\"2027-01-02 is not a working day\"}]}",
                            "application/problem+json");
                } else {
                    json(exchange, 200, OVERDUE);
                }
            }
            case "/api/notifications" ->
                json(
                        exchange,
                        200,
                        "{\"items\":[{\"id\":\"5f0c6d4e-0000-4000-8000-000000000001\",\"eventType\":\"vn.egov.dossier.accepted\","
                                + "\"channel\":\"SMS\",\"recipient\":\"090****456\",\"status\":\"SENT\",\"attempts\":1,"
                                + "\"createdAt\":\"2026-11-20T09:00:00+07:00\",\"sentAt\":\"2026-11-20T09:00:05+07:00\","
                                + "\"receipt\":\"DELIVERED\"},{\"id\":\"5f0c6d4e-0000-4000-8000-000000000002\","
                                + "\"eventType\":\"vn.egov.dossier.overdue\",\"channel\":\"ZALO\",\"recipient\":\"8490****456\","
                                + "\"status\":\"FAILED\",\"attempts\":3,\"createdAt\":\"2026-12-05T08:00:00+07:00\","
                                + "\"sentAt\":null,\"receipt\":null}],\"page\":{\"number\":0,\"size\":50,\"totalItems\":2,\"totalPages\":1,"
                                + "\"hasNext\":false}}");
            case "/api/catalogue/procedures" -> {
                if (!"POST".equals(method)) {
                    json(exchange, 200, PROCEDURE_PAGE);
                } else if (body.contains("\"code\":\"2.000488\"")) {
                    json(
                            exchange,
                            409,
                            "{\"type\":\"https://egov.vn/problems/duplicate-procedure\",\"status\":409,"
                                    + "\"errors\":[{\"field\":\"code\",\"message\":\"already exists\"}]}",
                            "application/problem+json");
                } else {
                    json(exchange, 201, BIRTH_REGISTRATION);
                }
            }
            case "/api/catalogue/procedures/2.000488" -> json(exchange, 200, PROCEDURE);
            case "/api/payments" -> {
                if ("POST".equals(method)) {
                    String provider = body.contains("\"VIETINBANK\"") ? "VIETINBANK" : "MOMO";
                    json(exchange, 201, payment(provider));
                } else {
                    json(
                            exchange,
                            200,
                            "{\"items\":[" + payment("MOMO") + "],\"page\":{\"number\":0,\"size\":20,"
                                    + "\"totalItems\":1,\"totalPages\":1,\"hasNext\":false}}");
                }
            }
            case "/api/payments/" + PAYMENT_ID -> json(exchange, 200, payment("VIETINBANK"));
            case "/api/payments/" + PAYMENT_ID + "/qr.png" -> {
                byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
                exchange.getResponseHeaders().set("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, png.length);
                exchange.getResponseBody().write(png);
            }
            case "/api/dossiers/attachments" ->
                json(exchange, 201, "{\"id\":\"" + UUID.randomUUID() + "\",\"fileName\":\"x.pdf\",\"size\":42}");
            case "/api/dossiers" -> {
                if ("POST".equals(method)) {
                    submit(exchange, body);
                } else {
                    json(
                            exchange,
                            200,
                            "{\"items\":[],\"page\":{\"number\":0,\"size\":10,\"totalItems\":0,\"totalPages\":0,"
                                    + "\"hasNext\":false}}");
                }
            }
            case "/api/catalogue/procedures/1.001193" -> json(exchange, 200, BIRTH_REGISTRATION);
            case "/api/catalogue/procedures/1.001193/eligibility" ->
                json(
                        exchange,
                        200,
                        "{\"procedureCode\":\"1.001193\",\"serviceLevel\":3,\"year\":2025,\"dossiers\":120,"
                                + "\"onlineDossiers\":51,\"onlineLevel3Dossiers\":51,\"onlineLevel3Share\":0.425,"
                                + "\"eligibleLevel\":4,\"reasons\":[\"Level 4: 42.5% online\"]}");
            case "/api/catalogue/procedures/1.001193/level" ->
                json(
                        exchange,
                        200,
                        BIRTH_REGISTRATION
                                .replace("\"serviceLevel\":3", "\"serviceLevel\":4")
                                .replace("\"version\":1", "\"version\":2"));
            case "/api/catalogue/procedures/1.001193/retire" -> json(exchange, 200, BIRTH_REGISTRATION);
            case "/api/catalogue/procedures/2.000488/versions" -> {
                if (body.contains("\"effectiveFrom\":\"2020-")) {
                    json(
                            exchange,
                            400,
                            "{\"type\":\"https://egov.vn/problems/invalid-procedure\",\"status\":400,"
                                    + "\"errors\":[{\"field\":\"effectiveFrom\",\"message\":\"must be today or later\"},"
                                    + "{\"field\":\"documents[1].count\",\"message\":\"must be at least 1\"}]}",
                            "application/problem+json");
                } else {
                    json(exchange, 201, PROCEDURE.replace("\"version\":1", "\"version\":2"));
                }
            }
            case "/api/calendar" ->
                json(
                        exchange,
                        200,
                        "{\"year\":2026,\"rule\":\"Monday to Friday\",\"days\":["
                                + "{\"date\":\"2026-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"Tết Dương lịch\"},"
                                + "{\"date\":\"2026-02-14\",\"kind\":\"WORKING_DAY\",\"name\":\"Làm bù ngày 20/2\"}]}");
            default -> {
                if (path.startsWith("/api/calendar/days/")) {
                    if ("PUT".equals(method)) {
                        json(
                                exchange,
                                200,
                                "{\"date\":\"" + path.substring(path.lastIndexOf('/') + 1)
                                        + "\",\"kind\":\"HOLIDAY\",\"name\":\"x\"}");
                    } else {
                        exchange.sendResponseHeaders(204, -1);
                    }
                } else if (path.equals("/api/dossiers/" + DOSSIER_CODE)) {
                    json(exchange, 200, DOSSIER);
                } else if (path.equals("/api/dossiers/" + SUPPLEMENT_CODE)
                        || path.equals("/api/dossiers/" + SUPPLEMENT_CODE + "/actions/supplement")) {
                    json(exchange, 200, SUPPLEMENT_REQUESTED);
                } else {
                    problem(exchange, 404, "not-found", "corr-404-a1b2");
                }
            }
        }
    }

    /**
     * Counts shaped like dossier-service's: the year (from 1 January) 10 received, 8 online; November alone 7
     * received, 2 online, 4 processed of which 3 on time; district agencies processed nothing (no on-time rate); the
     * Department of Justice 5 received, all online.
     */
    private static String statistics(Map<String, String> query) {
        String counts;
        if ("000.00.15.H17".equals(query.get("agencyCode"))) {
            counts = "\"received\":5,\"online\":5,\"onlineShare\":1.0,\"processed\":2,\"onTime\":1,\"late\":1,"
                    + "\"onTimeRate\":0.5,\"apologies\":1";
        } else if ("DISTRICT".equals(query.get("agencyLevel"))) {
            counts = "\"received\":3,\"online\":0,\"onlineShare\":0.0,\"processed\":0,\"onTime\":0,\"late\":0,"
                    + "\"onTimeRate\":null,\"apologies\":0";
        } else if (String.valueOf(query.get("from")).endsWith("-11-01")) {
            counts = "\"received\":7,\"online\":2,\"onlineShare\":0.2857,\"processed\":4,\"onTime\":3,\"late\":1,"
                    + "\"onTimeRate\":0.75,\"apologies\":1";
        } else {
            counts = "\"received\":10,\"online\":8,\"onlineShare\":0.8,\"processed\":4,\"onTime\":4,\"late\":0,"
                    + "\"onTimeRate\":1.0,\"apologies\":0";
        }
        return "{\"query\":{\"from\":\"" + query.get("from") + "\",\"to\":\"" + query.get("to") + "\",\"agencyLevel\":"
                + (query.get("agencyLevel") == null ? "null" : "\"" + query.get("agencyLevel") + "\"")
                + ",\"agencyCode\":null,\"procedureCode\":null}," + counts
                + ",\"procedures\":1,\"proceduresWithOnline\":1,\"onlineProcedureShare\":1.0}";
    }

    /**
     * The assistant as catalogue-service answers: about the judicial record certificate when asked about it (or when
     * its number is picked from the choices), three birth registration procedures to choose from for "khai sinh", a
     * 400 for a question it refuses ("quá dài"), the help text otherwise.
     */
    private static void assistant(HttpExchange exchange, String body) throws IOException {
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("quá dài")) {
            json(
                    exchange,
                    400,
                    "{\"type\":\"https://egov.vn/problems/invalid-request\",\"status\":400,"
                            + "\"errors\":[{\"field\":\"text\",\"message\":\"size must be between 0 and 500\"}]}",
                    "application/problem+json");
        } else if (lower.contains("lý lịch tư pháp")
                || lower.contains("2.000488")
                || lower.contains("\"text\":\"1\"")) {
            json(
                    exchange,
                    200,
                    "{\"conversationId\":\"a1~0c1d2e3f~2.000488~-~-\",\"intent\":\"DOCUMENTS\","
                            + "\"text\":\"Thủ tục: Cấp Phiếu lý lịch tư pháp (mã 2.000488).\\nGiấy tờ cần nộp:\\n"
                            + "- Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp\\nChi tiết: http://portal.example/thu-tuc/2.000488\","
                            + "\"procedure\":{\"code\":\"2.000488\",\"name\":\"Cấp Phiếu lý lịch tư pháp\","
                            + "\"url\":\"http://portal.example/thu-tuc/2.000488\"},\"choices\":[]}");
        } else if (lower.contains("khai sinh")) {
            json(
                    exchange,
                    200,
                    "{\"conversationId\":\"a1~0c1d2e3f~1.001193~1.001193,2.000528,1.000893~FEE\",\"intent\":\"FEE\","
                            + "\"text\":\"Ông/bà muốn hỏi thủ tục nào?\\n1. Đăng ký khai sinh (1.001193)\\n"
                            + "Trả lời số thứ tự của thủ tục.\",\"procedure\":null,\"choices\":["
                            + "{\"code\":\"1.001193\",\"name\":\"Đăng ký khai sinh\",\"url\":\"u\"},"
                            + "{\"code\":\"2.000528\",\"name\":\"Đăng ký khai sinh có yếu tố nước ngoài\",\"url\":\"u\"},"
                            + "{\"code\":\"1.000893\",\"name\":\"Đăng ký lại khai sinh\",\"url\":\"u\"}]}");
        } else {
            json(
                    exchange,
                    200,
                    "{\"conversationId\":\"a1~0c1d2e3f~-~-~-\",\"intent\":\"OVERVIEW\",\"text\":\"Xin chào!\","
                            + "\"procedure\":null,\"choices\":[]}");
        }
    }

    private static String payment(String provider) {
        boolean qr = "VIETINBANK".equals(provider);
        return "{\"id\":\"" + PAYMENT_ID + "\",\"dossierCode\":\"" + DOSSIER_CODE + "\",\"provider\":\"" + provider
                + "\",\"amount\":200000,\"status\":\"STARTED\",\"providerOrderId\":\"EG1234567890\","
                + (qr
                        ? "\"redirectUrl\":null,\"qr\":{\"payload\":\"000201\",\"imageUrl\":\"/api/payments/"
                                + PAYMENT_ID + "/qr.png\"},"
                        : "\"redirectUrl\":\"" + MOMO_PAGE + "\",\"qr\":null,")
                + "\"feeName\":\"Phí cung cấp thông tin lý lịch tư pháp\",\"createdAt\":\"2026-12-07T09:00:00+07:00\","
                + "\"expiresAt\":\"2026-12-07T09:15:00+07:00\"}";
    }

    private void submit(HttpExchange exchange, String body) throws IOException {
        if (body.contains("\"0123456789\"")) {
            json(
                    exchange,
                    400,
                    "{\"type\":\"https://egov.vn/problems/invalid-request\",\"title\":\"Bad Request\",\"status\":400,"
                            + "\"detail\":\"Invalid fields: applicant.phone\",\"errors\":[{\"field\":\"applicant.phone\","
                            + "\"message\":\"must be a Vietnamese mobile number\"}]}",
                    "application/problem+json");
            return;
        }
        try {
            // Slow enough that a second click arrives while the first is still being answered.
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        json(exchange, 201, "{\"code\":\"" + DOSSIER_CODE + "\",\"status\":\"NEW\"}");
    }

    // The identity provider.

    private void identity(HttpExchange exchange, String path, String query, String body) throws IOException {
        switch (path) {
            case "/oauth2/jwks" -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
            case "/oauth2/authorize" -> {
                Map<String, String> request = form(query);
                if (!"S256".equals(request.get("code_challenge_method")) || request.get("code_challenge") == null) {
                    json(exchange, 400, "{\"error\":\"invalid_request\",\"error_description\":\"PKCE required\"}");
                    return;
                }
                String code = UUID.randomUUID().toString();
                codes.put(code, request);
                exchange.getResponseHeaders()
                        .set(
                                "Location",
                                request.get("redirect_uri") + "?code=" + code + "&state="
                                        + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(302, -1);
            }
            case "/oauth2/token" -> token(exchange, form(body));
            default -> json(exchange, 404, "{}");
        }
    }

    private void token(HttpExchange exchange, Map<String, String> request) throws IOException {
        Map<String, String> authorization = codes.remove(String.valueOf(request.get("code")));
        if (authorization == null
                || !"authorization_code".equals(request.get("grant_type"))
                || !"egov-web".equals(request.get("client_id"))
                || !authorization.get("redirect_uri").equals(request.get("redirect_uri"))
                || !challenge(String.valueOf(request.get("code_verifier")))
                        .equals(authorization.get("code_challenge"))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        Instant now = Instant.now();
        Person who = person.get();
        JWTClaimsSet id = new JWTClaimsSet.Builder()
                .issuer(url())
                .subject(who.username())
                .audience("egov-web")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(900)))
                .claim("nonce", authorization.get("nonce"))
                .claim("name", who.name())
                .claim("preferred_username", who.username())
                .claim("roles", who.roles())
                .claim("agency", who.agency())
                .build();
        JWTClaimsSet access = new JWTClaimsSet.Builder()
                .issuer(url())
                .subject(who.username())
                .audience("egov-web")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(900)))
                .claim("roles", who.roles())
                .claim("agency", who.agency())
                .claim("phone_number", who == CITIZEN ? "+84905123456" : null)
                .build();
        json(
                exchange,
                200,
                "{\"access_token\":\"" + sign(access) + "\",\"token_type\":\"Bearer\",\"expires_in\":900,"
                        + "\"scope\":\"openid profile\",\"id_token\":\"" + sign(id) + "\"}");
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static void problem(HttpExchange exchange, int status, String slug, String correlationId)
            throws IOException {
        json(
                exchange,
                status,
                "{\"type\":\"https://egov.vn/problems/" + slug + "\",\"title\":\"" + slug + "\",\"status\":" + status
                        + ",\"detail\":\"internal detail\",\"correlationId\":\"" + correlationId + "\"}",
                "application/problem+json");
    }

    private static void json(HttpExchange exchange, int status, String json) throws IOException {
        json(exchange, status, json, "application/json");
    }

    private static void json(HttpExchange exchange, int status, String json, String type) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static URI uri(String text) {
        return URI.create(text);
    }

    private static final String SUMMARY =
            """
            {"code":"2.000488","name":"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
             "sector":"Lý lịch tư pháp","agencyCode":"000.00.15.H17","agencyName":"Sở Tư pháp thành phố Đà Nẵng",
             "agencyLevel":"CITY","serviceLevel":4,"onlineMode":"FULL","version":1,"effectiveFrom":"2025-01-01",
             "processingDays":10,"onlineProcessingDays":5,"feeTotal":200000}""";

    private static final String PROCEDURE_PAGE = "{\"items\":[" + SUMMARY
            + "],\"page\":{\"number\":0,\"size\":10,\"totalItems\":23,\"totalPages\":3," + "\"hasNext\":true}}";

    private static final String PROCEDURE =
            """
            {"code":"2.000488","name":"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
             "sector":"Lý lịch tư pháp","agencyCode":"000.00.15.H17","agencyName":"Sở Tư pháp thành phố Đà Nẵng",
             "agencyLevel":"CITY","serviceLevel":4,"onlineMode":"FULL","version":1,"effectiveFrom":"2025-01-01",
             "processingDays":10,"onlineProcessingDays":5,
             "fees":[{"description":"Phí cung cấp thông tin lý lịch tư pháp","amount":200000}],"feeTotal":200000,
             "documents":[
               {"code":"TP1","name":"Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp","form":"ORIGINAL","count":1,"template":"LLTP-mau-03","required":true},
               {"code":"TP2","name":"Bản chụp Căn cước công dân","form":"COPY","count":1,"template":null,"required":true},
               {"code":"TP3","name":"Văn bản ủy quyền (trường hợp ủy quyền)","form":"ORIGINAL","count":1,"template":null,"required":false,"condition":"Trường hợp ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp"}],
             "resultType":"Phiếu lý lịch tư pháp số 1 hoặc số 2",
             "legalBasis":"Luật Lý lịch tư pháp 2009; Nghị định 111/2010/NĐ-CP",
             "deliveryOptions":["ONLINE","POSTAL","COUNTER"],"cutOffHour":null,"latestVersion":1,"status":"ACTIVE"}""";

    private static final String SUPPLEMENT_REQUESTED =
            """
            {"code":"000.00.15.H17-261207-0002","status":"SUPPLEMENT_REQUESTED","statusCode":5,"version":3,"channel":"ONLINE",
             "delivery":"ONLINE","notify":["SMS"],"submittedAt":"2026-12-07T09:00:00+07:00","acceptedAt":null,
             "dueDate":null,"paused":true,"overdue":false,"rescheduledDueDate":null,"processedAt":null,"onTime":null,
             "requestedAmount":null,"amountDue":200000,"paidPaymentId":null,"pauses":[],
             "applicant":{"fullName":"Nguyễn Văn An","idNumber":"048090001234","phone":"+84905123456",
                          "email":null,"address":"12 Trần Phú, Hải Châu, Đà Nẵng"},
             "procedure":{"code":"2.000488","version":1,"name":"Cấp Phiếu lý lịch tư pháp","agencyCode":"000.00.15.H17",
                          "agencyName":"Sở Tư pháp thành phố Đà Nẵng","agencyLevel":"CITY","serviceLevel":4,
                          "processingDays":5,"feeTotal":200000},
             "history":[{"kind":"TRANSITION","actor":"citizen","role":"CITIZEN","at":"2026-12-07T09:00:00+07:00",
                         "from":null,"to":"NEW","toCode":1,"reason":null},
                        {"kind":"TRANSITION","actor":"officer","role":"OFFICER","at":"2026-12-07T10:00:00+07:00",
                         "from":"NEW","to":"SUPPLEMENT_REQUESTED","toCode":5,"reason":"Bản chụp căn cước bị mờ"}]}""";

    private static final String BIRTH_REGISTRATION = PROCEDURE
            .replace("2.000488", "1.001193")
            .replace(
                    "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
                    "Đăng ký khai sinh")
            .replace("\"serviceLevel\":4,\"onlineMode\":\"FULL\"", "\"serviceLevel\":3,\"onlineMode\":\"PARTIAL\"");

    private static final String AGENCIES =
            """
            {"items":[{"code":"000.00.00.H17","name":"UBND thành phố Đà Nẵng","level":"CITY","parentCode":null},
             {"code":"000.00.15.H17","name":"Sở Tư pháp thành phố Đà Nẵng","level":"CITY","parentCode":"000.00.00.H17"},
             {"code":"000.00.31.H17","name":"UBND quận Hải Châu","level":"DISTRICT","parentCode":"000.00.00.H17"},
             {"code":"000.31.30.H17","name":"UBND phường Hải Châu","level":"COMMUNE","parentCode":"000.00.31.H17"}],
             "page":{"number":0,"size":4,"totalItems":4,"totalPages":1,"hasNext":false}}""";

    private static final String DOSSIER =
            """
            {"code":"000.00.15.H17-261207-0001","status":"NEW","statusCode":1,"version":1,"channel":"ONLINE",
             "delivery":"ONLINE","notify":["SMS"],"submittedAt":"2026-12-07T09:00:00+07:00","acceptedAt":null,
             "dueDate":null,"paused":false,"overdue":false,"rescheduledDueDate":null,"processedAt":null,"onTime":null,
             "requestedAmount":null,"amountDue":200000,"paidPaymentId":null,"pauses":[],
             "applicant":{"fullName":"Nguyễn Văn An","idNumber":"048090001234","phone":"+84905123456",
                          "email":null,"address":"12 Trần Phú, Hải Châu, Đà Nẵng"},
             "procedure":{"code":"2.000488","version":1,"name":"Cấp Phiếu lý lịch tư pháp","agencyCode":"000.00.15.H17",
                          "agencyName":"Sở Tư pháp thành phố Đà Nẵng","agencyLevel":"CITY","serviceLevel":4,
                          "processingDays":5,"feeTotal":200000},
             "history":[{"kind":"TRANSITION","actor":"citizen","role":"CITIZEN","at":"2026-12-07T09:00:00+07:00",
                         "from":null,"to":"NEW","toCode":1,"reason":null}]}""";

    private static final String OVERDUE = DOSSIER.replace(DOSSIER_CODE, OVERDUE_CODE)
            .replace("\"status\":\"NEW\",\"statusCode\":1", "\"status\":\"IN_PROCESSING\",\"statusCode\":4")
            .replace("\"dueDate\":null", "\"dueDate\":\"2026-12-04\"")
            .replace("\"overdue\":false", "\"overdue\":true");
}
