package vn.egov.notification.nationalportal;

import java.net.http.HttpClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national portal's integration API as provinces' one-stop systems call it: a session opened with the integration
 * account ({@code POST <auth-path>} {@code {"username","password"}} → {@code {"error_code":0,"session"}}), then
 * {@code POST <integration-path>} {@code {"session","madonvi","service":"DongBoHoSoMC","isUpdating","data":[…]}}.
 * Dates are {@code yyyyMMddHHmmss} in Vietnam time; every value is a string, as the portal takes them.
 *
 * <p>The session is kept until the portal answers 401; then one new session is opened and the record sent once more.
 * How failures end: {@link PortalRefused} for the portal's validation errors ({@code error_code} other than 0, or a
 * 4xx other than 401 and 429), {@link PortalUnavailable} for everything worth trying again (5xx, 429, timeouts,
 * refused connections, an unreadable answer, a session refused twice or credentials refused).
 */
@Component
class NationalPortalClient {

    static final String SERVICE = "DongBoHoSoMC";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The end of the office day, the time the portal shows with a due date (we know the day only). */
    private static final String DUE_TIME = "170000";

    private final NationalPortalProperties properties;
    private final JsonMapper json;
    private final RestClient http;
    private final AtomicReference<String> session = new AtomicReference<>();

    NationalPortalClient(NationalPortalProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder()
                .baseUrl(properties.url())
                .requestFactory(requests)
                .build();
    }

    /**
     * Sends one record.
     *
     * @return the portal's id of the accepted record ({@code MaGiaoDich}), its acknowledgement
     */
    String sync(PortalRecord record) {
        String current = session();
        try {
            return send(current, record);
        } catch (SessionRefused refused) {
            session.compareAndSet(current, null);
            String renewed = session();
            try {
                return send(renewed, record);
            } catch (SessionRefused again) {
                session.compareAndSet(renewed, null);
                throw new PortalUnavailable("national portal refused a new session too (HTTP 401)");
            }
        }
    }

    private String send(String currentSession, PortalRecord record) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("session", currentSession);
        request.put("madonvi", properties.unitCode());
        request.put("service", SERVICE);
        request.put("isUpdating", Boolean.toString(record.updating()));
        request.put("data", List.of(fields(record)));
        JsonNode answer;
        try {
            answer = http.post()
                    .uri(properties.integrationPath())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(request)
                    .retrieve()
                    .body(JsonNode.class);
        } catch (HttpClientErrorException.Unauthorized e) {
            throw new SessionRefused();
        } catch (HttpClientErrorException.TooManyRequests e) {
            throw new PortalUnavailable("national portal HTTP 429: too many requests", e);
        } catch (HttpClientErrorException e) {
            throw new PortalRefused("national portal HTTP " + e.getStatusCode().value() + ": "
                    + portalMessage(e.getResponseBodyAsString()));
        } catch (RestClientException e) {
            throw new PortalUnavailable("national portal unreachable or failing: " + e.getMessage(), e);
        }
        if (answer == null || answer.path("error_code").isMissingNode()) {
            throw new PortalUnavailable("national portal answered without an error_code");
        }
        if (!"0".equals(answer.path("error_code").asString())) {
            throw new PortalRefused(
                    "national portal error_code " + answer.path("error_code").asString() + ": "
                            + answer.path("message").asString(""));
        }
        return answer.path("result").path(0).path("MaGiaoDich").asString("");
    }

    private String session() {
        String current = session.get();
        if (current != null) {
            return current;
        }
        JsonNode answer;
        try {
            answer = http.post()
                    .uri(properties.authPath())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", properties.username(), "password", properties.password()))
                    .retrieve()
                    .body(JsonNode.class);
        } catch (HttpClientErrorException.Unauthorized e) {
            throw new PortalUnavailable("national portal refused the integration account's credentials", e);
        } catch (RestClientException e) {
            throw new PortalUnavailable("national portal log-in failed: " + e.getMessage(), e);
        }
        String opened = answer == null ? "" : answer.path("session").asString("");
        if (!"0".equals(answer == null ? null : answer.path("error_code").asString()) || opened.isBlank()) {
            throw new PortalUnavailable("national portal opened no session: "
                    + (answer == null ? "no answer" : answer.path("message").asString("")));
        }
        session.set(opened);
        return opened;
    }

    /** The record's fields, named as the portal names them; absent dates are left out. */
    static Map<String, String> fields(PortalRecord record) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MaHoSo", record.dossierCode());
        fields.put("MaTTHC", record.procedureCode());
        fields.put("DonViXuLy", record.agencyCode());
        fields.put("KenhThucHien", record.online() ? "2" : "1");
        fields.put("TrangThaiHoSo", Integer.toString(record.statusCode()));
        fields.put("NgayTiepNhan", time(record.receivedAt()));
        if (record.dueDate() != null) {
            fields.put("NgayHenTra", date(record.dueDate()));
        }
        if (record.finishedAt() != null) {
            fields.put("NgayKetThucXuLy", time(record.finishedAt()));
        }
        if (record.returnedAt() != null) {
            fields.put("NgayTra", time(record.returnedAt()));
        }
        return fields;
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(VIETNAM));
    }

    private static String date(LocalDate day) {
        return DateTimeFormatter.BASIC_ISO_DATE.format(day) + DUE_TIME;
    }

    private String portalMessage(String body) {
        try {
            JsonNode answer = json.readTree(body);
            String message = answer.path("message").asString("");
            return message.isBlank() ? body : message;
        } catch (JacksonException unreadable) {
            return body;
        }
    }

    /** The portal answered 401 to a record: the session is gone. */
    private static final class SessionRefused extends RuntimeException {
        SessionRefused() {
            super(null, null, false, false);
        }
    }
}
