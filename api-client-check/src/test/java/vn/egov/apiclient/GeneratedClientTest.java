package vn.egov.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.egov.client.catalogue.model.ProcedureSummary;
import vn.egov.client.dossiers.ApiClient;
import vn.egov.client.dossiers.ApiException;
import vn.egov.client.dossiers.api.DossierApi;
import vn.egov.client.dossiers.model.ApplicantRequest;
import vn.egov.client.dossiers.model.DocumentRequest;
import vn.egov.client.dossiers.model.SubmissionRequest;
import vn.egov.client.dossiers.model.Submitted;

/**
 * The Java client generated from {@code docs/api/dossiers.yaml} and {@code catalogue.yaml} at build time, used as an
 * app would use it. A loopback HTTP server records what the client sends and answers as dossier-service does, so the
 * test shows the request on the wire: method, path, headers and a Vietnamese JSON body.
 */
class GeneratedClientTest {

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicReference<Map<String, Object>> received = new AtomicReference<>();
    private HttpServer server;
    private String answer;
    private int status;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.set(Map.of(
                    "method", exchange.getRequestMethod(),
                    "path", exchange.getRequestURI().getPath(),
                    "idempotencyKey",
                            String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")),
                    "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .set("Content-Type", status < 300 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void submitsADossierWithItsIdempotencyKeyAndTheCitizensToken() throws Exception {
        status = 201;
        answer =
                """
                {"code":"000.00.15.H17-261207-0001","status":"NEW","statusCode":1,"procedureCode":"2.000488",
                 "procedureName":"Cấp Phiếu lý lịch tư pháp cho công dân","agencyCode":"000.00.15.H17",
                 "agencyName":"Sở Tư pháp","delivery":"ONLINE","feeTotal":200000,"processingDays":10,
                 "submittedAt":"2026-12-07T09:30:00+07:00"}""";

        Submitted submitted = dossiers().submit("0b8e6f1e-6c2a-4d7e-9f3b-2a1c5d4e3f21", aSubmission());

        assertThat(received.get())
                .containsEntry("method", "POST")
                .containsEntry("path", "/api/dossiers")
                .containsEntry("idempotencyKey", "0b8e6f1e-6c2a-4d7e-9f3b-2a1c5d4e3f21")
                .containsEntry("authorization", "Bearer citizen-token");
        JsonNode body = json.readTree((String) received.get().get("body"));
        assertThat(body.at("/procedureCode").asText()).isEqualTo("2.000488");
        assertThat(body.at("/applicant/fullName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(body.at("/applicant/address").asText()).isEqualTo("12 Trần Phú, phường Hải Châu, thành phố Đà Nẵng");
        assertThat(body.at("/notify").toString()).isEqualTo("[\"SMS\",\"EMAIL\"]");
        assertThat(body.at("/delivery").asText()).isEqualTo("ONLINE");
        assertThat(body.at("/form/purpose").asText()).isEqualTo("Xin việc");
        assertThat(body.at("/documents/0/code").asText()).isEqualTo("TP1");
        assertThat(submitted.getCode()).isEqualTo("000.00.15.H17-261207-0001");
        assertThat(submitted.getStatus()).isEqualTo("NEW");
        assertThat(submitted.getAgencyName()).isEqualTo("Sở Tư pháp");
    }

    @Test
    void givesTheProblemOfARefusedSubmission() {
        status = 400;
        answer =
                """
                {"type":"https://egov.vn/problems/invalid-request","title":"Invalid request","status":400,
                 "detail":"Invalid fields: applicant.idNumber",
                 "errors":[{"field":"applicant.idNumber","message":"must be the 12-digit citizen ID number"}]}""";

        ApiException refused = assertThrows(ApiException.class, () -> dossiers().submit("a-key", aSubmission()));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("https://egov.vn/problems/invalid-request");
    }

    @Test
    void readsASearchResultOfTheCatalogue() throws Exception {
        ProcedureSummary summary = new vn.egov.client.catalogue.ApiClient()
                .getObjectMapper()
                .readValue(
                        """
                        {"code":"2.000488","name":"Cấp Phiếu lý lịch tư pháp cho công dân","sector":"Lý lịch tư pháp",
                         "agencyCode":"000.00.15.H17","agencyName":"Sở Tư pháp","agencyLevel":"CITY","serviceLevel":4,
                         "onlineMode":"FULL","version":1,"effectiveFrom":"2025-01-01","processingDays":10,
                         "onlineProcessingDays":5,"feeTotal":200000}""",
                        ProcedureSummary.class);

        assertThat(summary.getName()).isEqualTo("Cấp Phiếu lý lịch tư pháp cho công dân");
        assertThat(summary.getFeeTotal()).isEqualTo(200_000L);
        assertThat(summary.getEffectiveFrom()).hasToString("2025-01-01");
    }

    private DossierApi dossiers() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + server.getAddress().getPort());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer citizen-token"));
        return new DossierApi(client);
    }

    private static SubmissionRequest aSubmission() {
        return new SubmissionRequest()
                .procedureCode("2.000488")
                .applicant(new ApplicantRequest()
                        .fullName("Nguyễn Văn An")
                        .idNumber("048090001234")
                        .phone("0905123456")
                        .email("an.nguyen@example.vn")
                        .address("12 Trần Phú, phường Hải Châu, thành phố Đà Nẵng"))
                .notify(new LinkedHashSet<>(
                        List.of(SubmissionRequest.NotifyEnum.SMS, SubmissionRequest.NotifyEnum.EMAIL)))
                .delivery(SubmissionRequest.DeliveryEnum.ONLINE)
                .form(Map.of("purpose", "Xin việc"))
                .documents(List.of(
                        new DocumentRequest().code("TP1").attachmentId("5f0c7a52-3f0e-4a43-9a3c-3c1b2d7e8f90")));
    }
}
