package vn.egov.payment.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.egov.payment.payment.Payments;
import vn.egov.payment.support.PaymentApi.Answer;
import vn.egov.payment.support.WithPartnerSandbox;

/**
 * What a lost callback, a crash between the partner's success and our record, and an unpaid payment come to: the
 * partner is asked and the payment settled, once; late money goes back; the day's report lists what differs.
 */
class ReconciliationIT extends WithPartnerSandbox {

    @Autowired
    private SettlePendingPayments settlePendingPayments;

    @Autowired
    private Payments payments;

    @AfterEach
    void partnersWellAgain() {
        api.send(HttpRequest.newBuilder(SANDBOX.baseUrl().resolve("/sandbox/faults"))
                .DELETE());
    }

    /** MoMo holds its IPN for ten minutes: for the test, it never comes. */
    private void momoLosesItsIpns() {
        Answer planned = api.send(HttpRequest.newBuilder(SANDBOX.baseUrl().resolve("/sandbox/faults/momo"))
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"callbacks\":{\"delayMs\":600000}}")));
        assertThat(planned.status()).as(planned.body()).isIn(200, 201, 204);
    }

    private void payAtMomo(Answer started) {
        Answer paid = api.send(HttpRequest.newBuilder(URI.create(started.text("redirectUrl")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("action=pay")));
        assertThat(paid.status()).as(paid.body()).isEqualTo(303);
    }

    private void settle(String id, java.time.Instant now) {
        settlePendingPayments.settleOne(payments.findById(UUID.fromString(id)).orElseThrow(), now);
    }

    @Test
    void aPaymentWhoseIpnNeverCameIsSettledFromMomosQueryOnce() {
        momoLosesItsIpns();
        Answer started = started("citizen-rec-a", "MOMO");
        String id = started.text("id");
        payAtMomo(started);
        assertThat(api.get(IDENTITY.citizen("citizen-rec-a"), "/api/payments/" + id)
                        .text("status"))
                .isEqualTo("STARTED");

        JsonNode report = api.get(IDENTITY.officer("officer", AGENCY), "/api/payments/reconciliation?date=" + today())
                .json();
        assertThat(report.get("mismatches").toString()).contains(id).contains("PAID_AT_PARTNER_ONLY");

        settle(id, java.time.Instant.now());
        settle(id, java.time.Instant.now());

        JsonNode paid = api.get(IDENTITY.citizen("citizen-rec-a"), "/api/payments/" + id)
                .json();
        assertThat(paid.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(receipts(id)).isEqualTo(1);
        assertThat(api.get(IDENTITY.officer("officer", AGENCY), "/api/payments/reconciliation?date=" + today())
                        .json()
                        .get("mismatches")
                        .toString())
                .doesNotContain(id);
    }

    @Test
    void anUnpaidPaymentExpiresAndMoneyArrivingAfterwardsGoesBack() {
        Answer started = started("citizen-rec-b", "MOMO");
        String id = started.text("id");

        settle(id, java.time.Instant.now());
        assertThat(api.get(IDENTITY.citizen("citizen-rec-b"), "/api/payments/" + id)
                        .text("status"))
                .isEqualTo("STARTED");
        settle(id, java.time.Instant.now().plus(Duration.ofMinutes(16)));
        JsonNode expired = api.get(IDENTITY.citizen("citizen-rec-b"), "/api/payments/" + id)
                .json();
        assertThat(expired.get("status").asString()).isEqualTo("FAILED");
        assertThat(expired.get("failureReason").asString()).isEqualTo("EXPIRED");
        assertThat(api.start(IDENTITY.citizen("citizen-rec-b"), started.text("dossierCode"), "MOMO")
                        .status())
                .isEqualTo(201);

        payAtMomo(started);

        JsonNode refund = await("late money refunded")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get(IDENTITY.citizen("citizen-rec-b"), "/api/payments/" + id + "/refund"),
                        answer -> answer.status() == 200 && "SUCCESS".equals(answer.text("status")))
                .json();
        assertThat(refund.get("requestedBy").asString()).isEqualTo("system");
        JsonNode after = api.get(IDENTITY.citizen("citizen-rec-b"), "/api/payments/" + id)
                .json();
        assertThat(after.get("status").asString()).isEqualTo("FAILED");
        assertThat(after.get("refundedAmount").asLong()).isEqualTo(200000);
        assertThat(receipts(id)).isZero();
        assertThat(callbacks(id))
                .anySatisfy(c -> assertThat(c.get("verdict").asString()).contains("refund"));
    }

    @Test
    void theDaysReportIsForOfficersAndAdmins() {
        assertThat(api.get(IDENTITY.citizen("citizen-rec-c"), "/api/payments/reconciliation?date=" + today())
                        .status())
                .isEqualTo(403);
        Answer admin = api.get(IDENTITY.admin("admin"), "/api/payments/reconciliation?date=" + today());
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get("unavailable").size()).isZero();
        assertThat(api.get(IDENTITY.officer("officer", AGENCY), "/api/payments/reconciliation?date=not-a-date")
                        .status())
                .isEqualTo(400);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
