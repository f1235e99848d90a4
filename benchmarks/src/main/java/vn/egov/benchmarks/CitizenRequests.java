package vn.egov.benchmarks;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * What the benchmarks do as the demo citizen to set up their data: upload a document, submit a dossier, start a MoMo
 * payment. Preparation, not what is measured, so a 5xx is retried with the same {@code Idempotency-Key}.
 */
final class CitizenRequests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final HttpClient http;
    private final URI dossierUrl;
    private final URI gatewayUrl;
    private volatile String token;

    /**
     * @param dossierUrl where uploads and the submissions of {@link #startMomoPayment} go (straight to dossier-service:
     *     cheaper, and not what is measured)
     * @param gatewayUrl where payments are started, as the citizen's browser does
     */
    CitizenRequests(HttpClient http, URI dossierUrl, URI gatewayUrl) {
        this.http = http;
        this.dossierUrl = dossierUrl;
        this.gatewayUrl = gatewayUrl;
    }

    /** The citizen's access token from now on (a run outlasts one). */
    void token(String accessToken) {
        this.token = accessToken;
    }

    /** The applicant's phone in every submission: the sandbox's SMS inbox is read by it. */
    static final String APPLICANT_PHONE = "0905123456";

    /** A submission body of the demo applicant, asking for notices on {@code notify} (e.g. {@code "SMS","EMAIL"}). */
    static String submission(String procedureCode, List<String> documents, String notify) {
        return """
                {"procedureCode":"%s",
                 "applicant":{"fullName":"Nguyễn Văn An","idNumber":"048090001234","phone":"%s",
                              "email":"an.nguyen@example.vn","address":"12 Trần Phú, Hải Châu, Đà Nẵng"},
                 "notify":[%s],"delivery":"ONLINE","form":{"purpose":"Xin việc"},
                 "documents":[%s]}"""
                .formatted(procedureCode, APPLICANT_PHONE, notify, String.join(",", documents));
    }

    /** One freshly uploaded file per required document, as the {@code documents} items of a submission. */
    List<String> documents(String procedureCode, List<String> requiredDocuments) throws Exception {
        List<String> documents = new ArrayList<>();
        for (String documentCode : requiredDocuments) {
            documents.add("{\"code\":\"" + documentCode + "\",\"attachmentId\":\"" + upload(procedureCode, documentCode)
                    + "\"}");
        }
        return documents;
    }

    /** Uploads a small PDF for {@code documentCode} and returns the attachment's id. */
    String upload(String procedureCode, String documentCode) throws Exception {
        String boundary = "----egov-bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"procedureCode", procedureCode}, {"documentCode", documentCode}}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"giay-to.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(PDF);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(dossierUrl + "/api/dossiers/attachments"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload refused: HTTP " + response.statusCode() + " " + response.body());
        }
        return (String) JSONObjectUtils.parse(response.body()).get("id");
    }

    /**
     * A started MoMo payment of a dossier of its own: the files uploaded and the dossier submitted to dossier-service,
     * the payment started through the gateway with an {@code Idempotency-Key}.
     */
    CallbackBenchmark.Payment startMomoPayment(String procedureCode, List<String> requiredDocuments) throws Exception {
        String submission = submission(procedureCode, documents(procedureCode, requiredDocuments), "\"SMS\",\"EMAIL\"");
        Map<String, Object> dossier = postJson(URI.create(dossierUrl + "/api/dossiers"), submission);
        String code = (String) dossier.get("code");
        // A partner that did not answer in time under the preparation's load leaves the payment in ERROR; the citizen
        // would start another, and so does the preparation, a few times.
        Map<String, Object> payment = Map.of();
        for (int attempt = 1; attempt <= 3 && !"STARTED".equals(payment.get("status")); attempt++) {
            payment = postJson(
                    URI.create(gatewayUrl + "/api/payments"),
                    "{\"dossierCode\":\"" + code + "\",\"provider\":\"MOMO\"}");
        }
        if (!"STARTED".equals(payment.get("status"))) {
            throw new IllegalStateException("payment of " + code + " is " + payment.get("status"));
        }
        return new CallbackBenchmark.Payment(
                (String) payment.get("id"),
                (String) payment.get("providerOrderId"),
                ((Number) payment.get("amount")).longValue(),
                code);
    }

    /** The citizen's JSON POST of {@code body} to {@code uri}, with a new {@code Idempotency-Key}. */
    HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /**
     * POSTs with an {@code Idempotency-Key}, and again with the same key while the answer is a 5xx: on a busy machine a
     * service's call to another times out now and then, and the preparation is not what is measured.
     */
    Map<String, Object> postJson(URI uri, String body) throws Exception {
        HttpRequest request = post(uri, body);
        HttpResponse<String> response = Awaitility.await("POST " + uri + " answered without a 5xx")
                .atMost(Duration.ofMinutes(1))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)),
                        answer -> answer.statusCode() < 500);
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("POST " + uri + ": HTTP " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return JSONObjectUtils.parse(response.body());
    }
}
