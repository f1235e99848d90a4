package vn.egov.payment.napas;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.payment.support.PaymentApi.Answer;
import vn.egov.payment.support.WithPartnerSandbox;

/**
 * A citizen pays with a domestic card at the NAPAS sandbox: the signed browser return is only a hint, confirmed with
 * QueryDR before anything is credited; a tampered return credits nothing.
 */
class NapasPaymentsIT extends WithPartnerSandbox {

    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

    /** The payer opens NAPAS's page and chooses {@code choice}; returns where NAPAS sends the browser. */
    private String chooseAtNapas(Answer started, String choice) {
        Answer page = api.send(
                HttpRequest.newBuilder(URI.create(started.text("redirectUrl"))).GET());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(page.body());
        assertThat(action.find()).as(page.body()).isTrue();
        Answer decided = api.send(
                HttpRequest.newBuilder(SANDBOX.baseUrl().resolve(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString("action=" + choice)));
        assertThat(decided.status()).as(decided.body()).isEqualTo(302);
        return decided.header("Location");
    }

    @Test
    void aPaidCardPaymentIsConfirmedWithQueryDrAndTheBrowserLandsOnItsStatus() {
        Answer started = started("citizen-napas-a", "NAPAS");
        String id = started.text("id");
        assertThat(started.text("redirectUrl"))
                .contains("/napas/gateway/vpcpay.do?")
                .contains("vpc_SecureHash=");

        String back = chooseAtNapas(started, "pay");
        assertThat(back).startsWith("http://127.0.0.1:" + PORT + "/api/payments/callbacks/napas/return?");
        Answer returned = api.send(HttpRequest.newBuilder(URI.create(back)).GET());

        assertThat(returned.status()).isEqualTo(303);
        assertThat(returned.header("Location"))
                .endsWith("/api/public/payments/by-order/NAPAS/" + started.text("providerOrderId"));
        JsonNode paid = awaitStatus("citizen-napas-a", id, "SUCCESS");
        assertThat(paid.get("providerTransactionId").asString()).isNotBlank();
        assertThat(receipts(id)).isEqualTo(1);
        Answer landing = api.get(null, "/api/public/payments/by-order/NAPAS/" + started.text("providerOrderId"));
        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.text("status")).isEqualTo("SUCCESS");
        assertThat(landing.body()).doesNotContain("Nguyễn");

        Answer replayed = api.send(HttpRequest.newBuilder(URI.create(back)).GET());
        assertThat(replayed.status()).isEqualTo(303);
        assertThat(receipts(id)).isEqualTo(1);
    }

    @Test
    void aDeclinedCardFailsThePayment() {
        Answer started = started("citizen-napas-b", "NAPAS");

        api.send(HttpRequest.newBuilder(URI.create(chooseAtNapas(started, "decline")))
                .GET());

        assertThat(awaitStatus("citizen-napas-b", started.text("id"), "FAILED")
                        .get("failureReason")
                        .asString())
                .isEqualTo("DECLINED");
    }

    @Test
    void aReturnWithATamperedAmountIsRefusedAndCreditsNothing() {
        Answer started = started("citizen-napas-c", "NAPAS");
        String back = chooseAtNapas(started, "pay");
        String tampered = back.replaceFirst("vpc_Amount=\\d+", "vpc_Amount=100");

        Answer answer = api.send(HttpRequest.newBuilder(URI.create(tampered)).GET());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(callbacks(started.text("id"))).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from payment_callback where handling = 'REFUSED' and query::text like ?",
                        Integer.class,
                        "%" + started.text("providerOrderId") + "%"))
                .isEqualTo(1);
    }

    @Test
    void aCancelOnNapasPageCreditsNothingAndLeavesThePaymentToExpire() {
        Answer started = started("citizen-napas-d", "NAPAS");

        String back = chooseAtNapas(started, "cancel");
        Answer answer = api.send(HttpRequest.newBuilder(URI.create(back)).GET());

        assertThat(answer.status()).isIn(303, 400);
        assertThat(api.get(IDENTITY.citizen("citizen-napas-d"), "/api/payments/" + started.text("id"))
                        .text("status"))
                .isEqualTo("STARTED");
    }
}
