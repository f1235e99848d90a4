package vn.egov.dossier.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.servicedefaults.time.CityClock;
import vn.egov.testsupport.TestIdentity;

class StatisticsIT extends IntegrationTestBase {

    static final String OWNER = TestIdentity.shared().citizen("citizen-statistics");
    static final String OFFICER = TestIdentity.shared().officer("officer", CatalogueStub.AGENCY);

    @Autowired
    Clock clock;

    String submitOnline(String procedure) {
        return api.submit(
                        OWNER,
                        UUID.randomUUID().toString(),
                        aSubmission()
                                .forProcedure(procedure)
                                .with("delivery", "COUNTER")
                                .json())
                .json()
                .get("code")
                .asString();
    }

    String receiveAtCounter(String procedure) {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/dossiers/counter"))
                .header("Authorization", "Bearer " + OFFICER)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(aSubmission()
                        .forProcedure(procedure)
                        .with("delivery", "COUNTER")
                        .json()));
        try {
            String body = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
            return vn.egov.dossier.DossierApi.JSON.readTree(body).get("code").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void act(String code, String... actions) {
        for (String action : actions) {
            assertThat(api.post("/api/dossiers/" + code + "/actions/" + action, OFFICER, "")
                            .status())
                    .as(action)
                    .isEqualTo(200);
        }
    }

    /** What an officer counts by hand from the inbox: every dossier of the agency, page by page. */
    List<JsonNode> inbox(String query) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = api.get("/api/dossiers?size=100&page=" + page + "&" + query, OFFICER)
                    .json();
            body.get("items").forEach(items::add);
            if (!body.get("page").get("hasNext").asBoolean()) {
                return items;
            }
        }
    }

    static LocalDate day(JsonNode time) {
        return time == null || time.isNull()
                ? null
                : OffsetDateTime.parse(time.asString())
                        .atZoneSameInstant(CityClock.ZONE)
                        .toLocalDate();
    }

    @Test
    void matchTheNumbersAnOfficerCountsFromTheInbox() {
        String onTime = submitOnline(CatalogueStub.JUDICIAL_RECORD);
        act(onTime, "accept", "start-processing", "approve");
        submitOnline(CatalogueStub.JUDICIAL_RECORD);
        String late = receiveAtCounter(CatalogueStub.COUNTER_ONLY);
        act(late, "start-processing");
        jdbc.update(
                "update dossier set due_date = ? where code = ?",
                java.sql.Date.valueOf(LocalDate.now(clock).minusDays(1)),
                late);
        act(late, "approve");
        LocalDate today = LocalDate.now(clock);

        long received = 0, online = 0, processed = 0, onTimeCount = 0, lateCount = 0;
        Set<String> procedures = new HashSet<>();
        Set<String> onlineProcedures = new HashSet<>();
        for (JsonNode item : inbox("")) {
            if (today.equals(day(item.get("submittedAt")))) {
                received++;
                procedures.add(item.get("procedureCode").asString());
                if (item.get("channel").asString().equals("ONLINE")) {
                    online++;
                    onlineProcedures.add(item.get("procedureCode").asString());
                }
            }
            if (today.equals(day(item.get("processedAt")))) {
                processed++;
                if (item.get("onTime").asBoolean()) {
                    onTimeCount++;
                } else {
                    lateCount++;
                }
            }
        }

        JsonNode statistics = api.get(
                        "/api/dossiers/statistics?from=" + today + "&to=" + today + "&agencyCode="
                                + CatalogueStub.AGENCY,
                        null)
                .json();

        assertThat(lateCount).isGreaterThanOrEqualTo(1);
        assertThat(onTimeCount).isGreaterThanOrEqualTo(1);
        assertThat(statistics.get("received").asLong()).isEqualTo(received);
        assertThat(statistics.get("online").asLong()).isEqualTo(online);
        assertThat(statistics.get("processed").asLong()).isEqualTo(processed);
        assertThat(statistics.get("onTime").asLong()).isEqualTo(onTimeCount);
        assertThat(statistics.get("late").asLong()).isEqualTo(lateCount);
        assertThat(statistics.get("onTimeRate").asDouble())
                .isCloseTo((double) onTimeCount / processed, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(statistics.get("onlineShare").asDouble())
                .isCloseTo((double) online / received, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(statistics.get("procedures").asLong()).isEqualTo(procedures.size());
        assertThat(statistics.get("proceduresWithOnline").asLong()).isEqualTo(onlineProcedures.size());
    }

    @Test
    void filterByProcedureAndAgencyLevel() {
        String late = receiveAtCounter(CatalogueStub.COUNTER_ONLY);
        act(late, "start-processing");
        jdbc.update(
                "update dossier set due_date = ? where code = ?",
                java.sql.Date.valueOf(LocalDate.now(clock).minusDays(1)),
                late);
        act(late, "approve");
        LocalDate today = LocalDate.now(clock);
        String period = "from=" + today + "&to=" + today;

        JsonNode byProcedure = api.get(
                        "/api/dossiers/statistics?" + period + "&procedureCode=" + CatalogueStub.COUNTER_ONLY, null)
                .json();
        JsonNode otherTier = api.get("/api/dossiers/statistics?" + period + "&agencyLevel=COMMUNE", null)
                .json();

        long received = 0;
        long online = 0;
        for (JsonNode item : inbox("procedureCode=" + CatalogueStub.COUNTER_ONLY)) {
            if (today.equals(day(item.get("submittedAt")))) {
                received++;
                online += item.get("channel").asString().equals("ONLINE") ? 1 : 0;
            }
        }
        assertThat(byProcedure.get("received").asLong()).isEqualTo(received).isPositive();
        assertThat(byProcedure.get("online").asLong()).isEqualTo(online);
        assertThat(byProcedure.get("procedures").asLong()).isEqualTo(1);
        assertThat(byProcedure.get("late").asLong()).isPositive();
        assertThat(otherTier.get("received").asLong()).isZero();
        assertThat(otherTier.get("onTimeRate").isNull()).isTrue();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        var response = api.get("/api/dossiers/statistics?from=2026-02-01&to=2026-01-01", null);
        assertThat(response.status()).isEqualTo(400);
    }
}
