package vn.egov.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.egov.dossier.DossierApi;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.testsupport.TestIdentity;

class CalendarAdminIT extends IntegrationTestBase {

    static final String ADMIN = TestIdentity.shared().admin("admin");
    // A year no other test uses, so that its days can change freely.
    static final LocalDate WEDNESDAY =
            LocalDate.of(2031, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
    static final LocalDate SATURDAY = WEDNESDAY.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));

    @Autowired
    WorkingCalendar calendar;

    DossierApi.Response send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return new DossierApi.Response(
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode day(LocalDate date) {
        for (JsonNode day :
                api.get("/api/calendar?year=" + date.getYear(), null).json().get("days")) {
            if (day.get("date").asString().equals(date.toString())) {
                return day;
            }
        }
        return null;
    }

    @Test
    void anAdministratorAddsAHolidayThatDueDatesSkipAndTheChangeIsAudited() {
        LocalDate tuesday = WEDNESDAY.minusDays(1);
        assertThat(calendar.dueDate(LocalDateTime.of(tuesday, java.time.LocalTime.of(9, 0)), 1, 16))
                .isEqualTo(WEDNESDAY);

        var response = send(
                "PUT", "/api/calendar/days/" + WEDNESDAY, ADMIN, "{\"kind\":\"HOLIDAY\",\"name\":\"Nghỉ lễ thử\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode day = day(WEDNESDAY);
        assertThat(day.get("kind").asString()).isEqualTo("HOLIDAY");
        assertThat(day.get("name").asString()).isEqualTo("Nghỉ lễ thử");
        assertThat(day.get("updatedBy").asString()).isEqualTo("admin");
        assertThat(day.get("updatedAt").asString()).endsWith("+07:00");
        assertThat(calendar.dueDate(LocalDateTime.of(tuesday, java.time.LocalTime.of(9, 0)), 1, 16))
                .isEqualTo(WEDNESDAY.plusDays(1));

        assertThat(send("DELETE", "/api/calendar/days/" + WEDNESDAY, ADMIN, null)
                        .status())
                .isEqualTo(204);
        assertThat(day(WEDNESDAY)).isNull();
        assertThat(send("DELETE", "/api/calendar/days/" + WEDNESDAY, ADMIN, null)
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForList(
                        "select action from calendar_change where day = ? and changed_by = 'admin' order by id",
                        String.class,
                        java.sql.Date.valueOf(WEDNESDAY)))
                .containsExactly("SET", "REMOVED");
    }

    @Test
    void aMakeUpDayMustBeAWeekendDayAndAHolidayAWeekday() {
        assertThat(send("PUT", "/api/calendar/days/" + SATURDAY, ADMIN, "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}")
                        .status())
                .isEqualTo(400);
        assertThat(send("PUT", "/api/calendar/days/" + WEDNESDAY, ADMIN, "{\"kind\":\"WORKING_DAY\",\"name\":\"x\"}")
                        .status())
                .isEqualTo(400);
        var makeUp =
                send("PUT", "/api/calendar/days/" + SATURDAY, ADMIN, "{\"kind\":\"WORKING_DAY\",\"name\":\"Làm bù\"}");
        assertThat(makeUp.status()).isEqualTo(200);
        assertThat(day(SATURDAY).get("kind").asString()).isEqualTo("WORKING_DAY");
        send("DELETE", "/api/calendar/days/" + SATURDAY, ADMIN, null);
    }

    @Test
    void onlyAnAdministratorChangesTheCalendarButAnyoneReadsIt() {
        String body = "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}";
        assertThat(send(
                                "PUT",
                                "/api/calendar/days/" + WEDNESDAY,
                                TestIdentity.shared().officer("officer", "000.00.15.H17"),
                                body)
                        .status())
                .isEqualTo(403);
        assertThat(send("PUT", "/api/calendar/days/" + WEDNESDAY, null, body).status())
                .isEqualTo(401);
        assertThat(send(
                                "DELETE",
                                "/api/calendar/days/2026-01-01",
                                TestIdentity.shared().citizen("citizen"),
                                null)
                        .status())
                .isEqualTo(403);
        JsonNode year = api.get("/api/calendar?year=2026", null).json();
        assertThat(year.get("days").findValuesAsString("date")).contains("2026-01-01", "2026-09-02");
    }
}
