package vn.egov.payment.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.egov.embedded.FreePorts;
import vn.egov.payment.support.PaymentApi.Answer;
import vn.egov.testsupport.EgovIntegrationTest;
import vn.egov.testsupport.PartnerSandbox;
import vn.egov.testsupport.TestIdentity;

/**
 * payment-service on a known port against real PostgreSQL and Kafka, talking to the real partner sandbox (MoMo, NAPAS
 * and VietinBank simulators in their own JVM), with dossier-service's fee API answered by {@link DossierServiceDouble}.
 * Every test class that extends it shares one application context and one sandbox.
 */
@EgovIntegrationTest
public abstract class WithPartnerSandbox {

    protected static final int PORT = FreePorts.next();
    protected static final String AGENCY = "000.00.15.H17";
    protected static final DossierServiceDouble DOSSIERS = new DossierServiceDouble();
    protected static final PartnerSandbox SANDBOX = PartnerSandbox.start(
            "--sandbox.vietinbank.notify-url=http://127.0.0.1:" + PORT + "/api/payments/callbacks/vietinbank");
    protected static final TestIdentity IDENTITY = TestIdentity.shared();

    protected final PaymentApi api = new PaymentApi(PORT);

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void partners(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("egov.dossier.url", DOSSIERS::url);
        registry.add("egov.public-base-url", () -> "http://127.0.0.1:" + PORT);
        registry.add("egov.payments.momo.base-url", () -> SANDBOX.baseUrl().toString());
        registry.add("egov.payments.napas.base-url", () -> SANDBOX.baseUrl() + "/napas");
        registry.add(
                "egov.payments.vietinbank.base-url", () -> SANDBOX.baseUrl().toString());
    }

    /** A started payment of 200,000 VND through {@code provider} for a fresh dossier of {@code owner}. */
    protected Answer started(String owner, String provider) {
        String code = PaymentApi.aDossierCode();
        DOSSIERS.owes(code, owner, AGENCY, 200000);
        Answer answer = api.start(IDENTITY.citizen(owner), code, provider);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer;
    }

    protected JsonNode awaitStatus(String owner, String id, String status) {
        return await("payment " + id + " " + status)
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get(IDENTITY.citizen(owner), "/api/payments/" + id)
                                .json(),
                        payment -> status.equals(payment.get("status").asString()));
    }

    /** The callbacks the payment received, as the agency's officer sees them. */
    protected List<JsonNode> callbacks(String id) {
        Answer answer = api.get(IDENTITY.officer("officer", AGENCY), "/api/payments/" + id + "/callbacks");
        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> callbacks = new ArrayList<>();
        answer.json().get("items").forEach(callbacks::add);
        return callbacks;
    }

    protected int receipts(String id) {
        return jdbc.queryForObject("select count(*) from receipt where payment_id = ?::uuid", Integer.class, id);
    }

    /** What the sandbox recorded of an order: its status and the callbacks it sent with our replies. */
    protected JsonNode atSandbox(String orderId) {
        JsonNode list = api.send(java.net.http.HttpRequest.newBuilder(
                                SANDBOX.baseUrl().resolve("/sandbox/payments?orderId=" + orderId))
                        .GET())
                .json();
        assertThat(list.size()).as(list.toString()).isEqualTo(1);
        return list.get(0);
    }

    /** Validation errors of the data against a contract schema; empty when valid. */
    protected static Set<ValidationMessage> schemaErrors(String schemaPath, JsonNode data) throws Exception {
        try (InputStream in = WithPartnerSandbox.class.getClassLoader().getResourceAsStream(schemaPath)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .validate(data.toString(), InputFormat.JSON);
        }
    }
}
