package vn.egov.payment.vietinbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.payment.vietinbank.VietinBankFixtures.ACCOUNT;
import static vn.egov.payment.vietinbank.VietinBankFixtures.BANK;
import static vn.egov.payment.vietinbank.VietinBankFixtures.JSON;
import static vn.egov.payment.vietinbank.VietinBankFixtures.NOW;
import static vn.egov.payment.vietinbank.VietinBankFixtures.OURS;
import static vn.egov.payment.vietinbank.VietinBankFixtures.REFERENCE;
import static vn.egov.payment.vietinbank.VietinBankFixtures.anOrder;
import static vn.egov.payment.vietinbank.VietinBankFixtures.properties;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.payment.provider.Outcome;
import vn.egov.payment.provider.ProviderResult;
import vn.egov.payment.provider.ProviderUnavailable;
import vn.egov.payment.provider.Signatures;

/** Statement inquiry, and the query built on it, against a stand-in for the bank's API over real HTTP. */
class VietinBankStatementTest {

    private HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> headers = new CopyOnWriteArrayList<>();
    private volatile Function<JsonNode, String> answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(VietinBankProvider.STATEMENT_PATH, this::inquiry);
        server.start();
        answer = request -> statement(request, BANK, "00", transfer(REFERENCE));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void inquiry(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(request);
            headers.add(Map.of(
                    "x-ibm-client-id",
                            String.valueOf(exchange.getRequestHeaders().getFirst("x-ibm-client-id")),
                    "x-ibm-client-secret",
                            String.valueOf(exchange.getRequestHeaders().getFirst("x-ibm-client-secret"))));
            byte[] body = answer.apply(request).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private VietinBankProvider bankAt(Instant now) {
        return new VietinBankProvider(
                properties("http://127.0.0.1:" + server.getAddress().getPort()),
                "EG",
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static ObjectNode transfer(String reference) {
        ObjectNode line = JSON.createObjectNode();
        line.put("transId", "VTB2026120700001");
        line.put("bankTransId", "FT26341000123");
        line.put("transTime", "20261207095512");
        line.put("amount", 150000);
        line.put("remark", "CT tu 0123456789 " + reference + " le phi");
        line.put("recvAcctId", ACCOUNT);
        line.put("currencyCode", "VND");
        return line;
    }

    private static String statement(JsonNode request, KeyPair signer, String errorCode, ObjectNode... lines) {
        ObjectNode answer = JSON.createObjectNode();
        String requestId = request.path("requestId").asString();
        answer.put("requestId", requestId);
        answer.put("providerId", "EGOVDN");
        answer.put("errorCode", errorCode);
        answer.put("errorDesc", errorCode.equals("00") ? "Success" : "Refused");
        ArrayNode transactions = answer.putArray("transactions");
        for (ObjectNode line : lines) {
            transactions.add(line);
        }
        answer.put("signature", Signatures.rsaSha256Base64(signer.getPrivate(), requestId + errorCode));
        return JSON.writeValueAsString(answer);
    }

    @Test
    void asksForTheDayWithASignedRequestAndReportsEveryTransfer() {
        answer = request -> statement(request, BANK, "00", transfer(REFERENCE), transfer("chuyen tien"));

        List<ProviderResult> results = bankAt(NOW).statement(LocalDate.of(2026, 12, 7), List.of());

        assertThat(results)
                .containsExactly(
                        new ProviderResult(
                                REFERENCE,
                                Outcome.SUCCEEDED,
                                150_000L,
                                "VTB2026120700001",
                                Instant.parse("2026-12-07T02:55:12Z"),
                                "bankTransId FT26341000123"),
                        new ProviderResult(
                                null,
                                Outcome.SUCCEEDED,
                                150_000L,
                                "VTB2026120700001",
                                Instant.parse("2026-12-07T02:55:12Z"),
                                "bankTransId FT26341000123"));
        JsonNode request = requests.get(0);
        assertThat(request.path("providerId").asString()).isEqualTo("EGOVDN");
        assertThat(request.path("merchantId").asString()).isEqualTo("EGOVDN");
        assertThat(request.path("account").asString()).isEqualTo(ACCOUNT);
        assertThat(request.path("fromDate").asString()).isEqualTo("2026-12-07");
        assertThat(request.path("toDate").asString()).isEqualTo("2026-12-07");
        assertThat(Signatures.rsaSha256Verifies(
                        OURS.getPublic(),
                        request.path("requestId").asString() + "EGOVDN" + "EGOVDN" + ACCOUNT,
                        request.path("signature").asString()))
                .isTrue();
        assertThat(headers.get(0))
                .containsEntry("x-ibm-client-id", "egov-client-id")
                .containsEntry("x-ibm-client-secret", "egov-client-secret");
    }

    @Test
    void takesAnAnswerWithAForgedSignatureForNoAnswer() {
        answer = request -> statement(request, OURS, "00", transfer(REFERENCE));

        assertThatThrownBy(() -> bankAt(NOW).statement(LocalDate.of(2026, 12, 7), List.of()))
                .isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void takesAnAnswerToAnotherRequestForNoAnswer() {
        answer = request -> statement(JSON.createObjectNode().put("requestId", "other"), BANK, "00");

        assertThatThrownBy(() -> bankAt(NOW).statement(LocalDate.of(2026, 12, 7), List.of()))
                .isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void takesTheBanksRefusalOrGarbageForNoAnswer() {
        answer = request -> statement(request, BANK, "96");
        assertThatThrownBy(() -> bankAt(NOW).statement(LocalDate.of(2026, 12, 7), List.of()))
                .isInstanceOf(ProviderUnavailable.class);

        answer = request -> "<html>maintenance</html>";
        assertThatThrownBy(() -> bankAt(NOW).statement(LocalDate.of(2026, 12, 7), List.of()))
                .isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void reportsABankThatIsDownAsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        VietinBankProvider bank = new VietinBankProvider(
                properties("http://127.0.0.1:" + closedPort), "EG", Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> bank.statement(LocalDate.of(2026, 12, 7), List.of()))
                .isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void queryFindsTheOrdersTransferInTheStatementOfItsDays() {
        ProviderResult result = bankAt(NOW)
                .query(anOrder(Instant.parse("2026-12-06T16:50:00Z"), Instant.parse("2026-12-07T17:10:00Z")));

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(result.providerOrderId()).isEqualTo(REFERENCE);
        assertThat(result.amount()).isEqualTo(150_000L);
        // created 23:50 on the 6th, expiring on the 8th, asked on the 7th: the 6th and the 7th
        assertThat(requests.get(0).path("fromDate").asString()).isEqualTo("2026-12-06");
        assertThat(requests.get(0).path("toDate").asString()).isEqualTo("2026-12-07");
    }

    @Test
    void queryReadsNoTransferAsPendingUntilTheOrderExpiresThenExpired() {
        answer = request -> statement(request, BANK, "00", transfer("EG99999999999999999999"));

        assertThat(bankAt(NOW)
                        .query(anOrder(NOW.minusSeconds(600), NOW.plusSeconds(600)))
                        .outcome())
                .isEqualTo(Outcome.PENDING);
        assertThat(bankAt(NOW).query(anOrder(NOW.minusSeconds(1200), NOW)).outcome())
                .isEqualTo(Outcome.EXPIRED);
    }
}
