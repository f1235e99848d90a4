package vn.egov.dossier.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.dossier.Submissions.aSubmission;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.testsupport.TestIdentity;

/**
 * The internal list notification-service builds the officers' morning digest from, and the working-day check it runs
 * first, called over HTTP with a service token as notification-service calls them.
 */
class DueDossiersIT extends IntegrationTestBase {

    static final String OWNER = TestIdentity.shared().citizen("citizen-due-dossiers");
    static final String OFFICER = TestIdentity.shared().officer("officer", CatalogueStub.AGENCY);
    static final String SERVICE = TestIdentity.shared().service("notification-service");
    static final AtomicInteger AGENCIES = new AtomicInteger(10);

    // Wednesday 29 April 2026: the 30th and 1st are public holidays, then a weekend.
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 4, 29);

    /** An agency of its own per test, so that other tests' dossiers never show. */
    static String anAgency() {
        return "000.00." + AGENCIES.incrementAndGet() + ".T99";
    }

    /** Accepted by an officer of the catalogue's agency, then moved to the test's agency with its due date. */
    String acceptedDossier(String agency, LocalDate dueDate) {
        String code = submitted();
        assertThat(api.post("/api/dossiers/" + code + "/actions/accept", OFFICER, "")
                        .status())
                .isEqualTo(200);
        return moved(code, agency, dueDate);
    }

    String notAcceptedDossier(String agency, LocalDate dueDate) {
        return moved(submitted(), agency, dueDate);
    }

    String submitted() {
        return api.submit(
                        OWNER,
                        UUID.randomUUID().toString(),
                        aSubmission()
                                .withApplicant("fullName", "Trần Văn Bảo")
                                .with("delivery", "COUNTER")
                                .json())
                .json()
                .get("code")
                .asString();
    }

    String moved(String code, String agency, LocalDate dueDate) {
        jdbc.update(
                "update dossier set agency_code = ?, due_date = ? where code = ?", agency, Date.valueOf(dueDate), code);
        return code;
    }

    static List<String> codes(JsonNode section) {
        List<String> codes = new ArrayList<>();
        section.get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    @Nested
    class DueDossiersOfAnAgency {

        @Test
        void listsOverdueAndSoonDueDossiersCountingWorkingDaysOnly() {
            String agency = anAgency();
            String late = acceptedDossier(agency, LocalDate.of(2026, 4, 24));
            String dueToday = acceptedDossier(agency, WEDNESDAY);
            String dueAfterTheHolidays = acceptedDossier(agency, LocalDate.of(2026, 5, 5));
            String dueLater = acceptedDossier(agency, LocalDate.of(2026, 5, 6));
            String notAccepted = notAcceptedDossier(agency, LocalDate.of(2026, 4, 20));

            DossierApi.Response response = api.get(
                    "/internal/agencies/" + agency + "/due-dossiers?on=" + WEDNESDAY + "&dueWithinDays=2", SERVICE);

            assertThat(response.status()).isEqualTo(200);
            JsonNode body = response.json();
            assertThat(body.get("agencyCode").asString()).isEqualTo(agency);
            assertThat(body.get("agencyName").asString()).isEqualTo("Sở Tư pháp thành phố Đà Nẵng");
            assertThat(body.get("on").asString()).isEqualTo("2026-04-29");
            // Two working days after Wednesday 29/4, over two holidays and a weekend: Tuesday 5/5.
            assertThat(body.get("dueBy").asString()).isEqualTo("2026-05-05");
            assertThat(codes(body.get("overdue"))).containsExactly(late);
            assertThat(body.get("overdue").get("total").asLong()).isEqualTo(1);
            JsonNode overdue = body.get("overdue").get("items").get(0);
            assertThat(overdue.get("procedureCode").asString()).isEqualTo(CatalogueStub.JUDICIAL_RECORD);
            assertThat(overdue.get("procedureName").asString())
                    .isEqualTo("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
            assertThat(overdue.get("applicantName").asString()).isEqualTo("Trần Văn Bảo");
            assertThat(overdue.get("dueDate").asString()).isEqualTo("2026-04-24");
            // Due Friday 24/4; Monday 27/4 is a holiday: late on Tuesday 28 and Wednesday 29.
            assertThat(overdue.get("daysOverdue").asInt()).isEqualTo(2);
            assertThat(codes(body.get("dueSoon"))).containsExactly(dueToday, dueAfterTheHolidays);
            assertThat(body.get("dueSoon").get("total").asLong()).isEqualTo(2);
            assertThat(body.get("dueSoon")
                            .get("items")
                            .get(0)
                            .get("daysOverdue")
                            .asInt())
                    .isZero();
            assertThat(body.toString()).doesNotContain(dueLater, notAccepted, "048090001234", "0905");
        }

        @Test
        void listsAtMostTheLimitPerSectionWithTheTotal() {
            String agency = anAgency();
            String first = acceptedDossier(agency, LocalDate.of(2026, 4, 20));
            String second = acceptedDossier(agency, LocalDate.of(2026, 4, 21));
            acceptedDossier(agency, LocalDate.of(2026, 4, 22));

            JsonNode body = api.get(
                            "/internal/agencies/" + agency + "/due-dossiers?on=" + WEDNESDAY + "&limit=2", SERVICE)
                    .json();

            assertThat(codes(body.get("overdue"))).containsExactly(first, second);
            assertThat(body.get("overdue").get("total").asLong()).isEqualTo(3);
            assertThat(codes(body.get("dueSoon"))).isEmpty();
            assertThat(body.get("dueSoon").get("total").asLong()).isZero();
        }

        @Test
        void refusesAnUnboundedOrMalformedRequest() {
            DossierApi.Response tooMany =
                    api.get("/internal/agencies/" + anAgency() + "/due-dossiers?on=2026-04-29&limit=1000", SERVICE);
            DossierApi.Response noDay = api.get("/internal/agencies/" + anAgency() + "/due-dossiers", SERVICE);

            assertThat(tooMany.status()).isEqualTo(400);
            assertThat(tooMany.header("Content-Type")).startsWith("application/problem+json");
            assertThat(tooMany.json().get("detail").asString()).contains("limit");
            assertThat(noDay.status()).isEqualTo(400);
        }

        @Test
        void isForServicesOnly() {
            String path = "/internal/agencies/" + CatalogueStub.AGENCY + "/due-dossiers?on=2026-04-29";

            assertThat(api.get(path, OFFICER).status()).isEqualTo(403);
            assertThat(api.get(path, OWNER).status()).isEqualTo(403);
            assertThat(api.get(path, null).status()).isEqualTo(401);
        }
    }

    @Nested
    class WorkingDays {

        boolean workingDay(String date) {
            DossierApi.Response response = api.get("/internal/calendar/days/" + date, SERVICE);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("date").asString()).isEqualTo(date);
            return response.json().get("workingDay").asBoolean();
        }

        @Test
        void tellsWeekdaysFromWeekendsAndPublicHolidays() {
            assertThat(workingDay("2026-04-29")).isTrue();
            assertThat(workingDay("2026-04-30")).isFalse();
            assertThat(workingDay("2026-05-03")).isFalse();
            assertThat(workingDay("2026-05-04")).isTrue();
        }

        @Test
        void isForServicesOnly() {
            assertThat(api.get("/internal/calendar/days/2026-04-29", OFFICER).status())
                    .isEqualTo(403);
            assertThat(api.get("/internal/calendar/days/2026-04-29", null).status())
                    .isEqualTo(401);
        }
    }
}
