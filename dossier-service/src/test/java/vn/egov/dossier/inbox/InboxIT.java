package vn.egov.dossier.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.IntegrationTestBase;

class InboxIT extends IntegrationTestBase {

    static final String OWNER = vn.egov.testsupport.TestIdentity.shared().citizen("citizen-inbox");
    static final String OFFICER = vn.egov.testsupport.TestIdentity.shared().officer("officer", CatalogueStub.AGENCY);

    @Autowired
    Clock clock;

    String late;
    String dueSoon;
    String dueLater;

    String acceptedDossier(String procedure, int dueInDays) {
        String code = api.submit(
                        OWNER,
                        UUID.randomUUID().toString(),
                        aSubmission()
                                .forProcedure(procedure)
                                .with("delivery", "COUNTER")
                                .json())
                .json()
                .get("code")
                .asString();
        api.post("/api/dossiers/" + code + "/actions/accept", OFFICER, "");
        // The service's date (Asia/Ho_Chi_Minh), not the database's: they differ for seven hours of every UTC day.
        jdbc.update(
                "update dossier set due_date = ? where code = ?",
                java.sql.Date.valueOf(LocalDate.now(clock).plusDays(dueInDays)),
                code);
        return code;
    }

    @BeforeEach
    void dossiersWithDifferentDueDates() {
        late = acceptedDossier(CatalogueStub.JUDICIAL_RECORD, -2);
        dueSoon = acceptedDossier(CatalogueStub.COUNTER_ONLY, 0);
        dueLater = acceptedDossier(CatalogueStub.JUDICIAL_RECORD, 60);
    }

    List<String> codes(String query) {
        List<String> codes = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = api.get("/api/dossiers?size=100&page=" + page + "&" + query, OFFICER)
                    .json();
            body.get("items").forEach(item -> codes.add(item.get("code").asString()));
            if (!body.get("page").get("hasNext").asBoolean()) {
                return codes;
            }
        }
    }

    @Test
    void listsOverdueDossiersOnly() {
        List<String> overdue = codes("overdue=true");
        assertThat(overdue).contains(late).doesNotContain(dueSoon, dueLater);
        for (String code : overdue) {
            JsonNode dossier = api.get("/api/dossiers/" + code, OFFICER).json();
            assertThat(LocalDate.parse(dossier.get("dueDate").asString())).isBefore(LocalDate.now(clock));
        }
    }

    @Test
    void listsDossiersDueWithinSomeWorkingDays() {
        assertThat(codes("dueWithinDays=3")).contains(dueSoon).doesNotContain(late, dueLater);
    }

    @Test
    void filtersByProcedure() {
        List<String> codes = codes("procedureCode=" + CatalogueStub.COUNTER_ONLY);
        assertThat(codes).contains(dueSoon).doesNotContain(late, dueLater);
    }

    @Test
    void sortsByDueDateEitherWayAndSaysHow() {
        JsonNode ascending = api.get("/api/dossiers?status=ACCEPTED&sort=dueDate,asc&size=100", OFFICER)
                .json();
        assertThat(ascending.get("page").get("sort").asString()).isEqualTo("dueDate,asc");
        List<String> dates = new ArrayList<>();
        ascending.get("items").forEach(item -> dates.add(item.get("dueDate").asString()));
        assertThat(dates).isSorted();

        JsonNode descending = api.get("/api/dossiers?status=ACCEPTED&sort=dueDate,desc&size=2", OFFICER)
                .json();
        assertThat(descending.get("items").get(0).get("dueDate").asString())
                .isGreaterThanOrEqualTo(
                        descending.get("items").get(1).get("dueDate").asString());
        assertThat(descending.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(descending.get("page").get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(descending.get("page").get("hasNext").asBoolean()).isTrue();
    }

    @Test
    void refusesAnUnknownSortField() {
        var response = api.get("/api/dossiers?sort=applicantName,asc", OFFICER);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }
}
