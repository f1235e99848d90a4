package vn.egov.web.admin;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.egov.web.catalogue.ProcedureDetail;
import vn.egov.web.platform.ApiPaths;
import vn.egov.web.platform.PlatformApi;
import vn.egov.web.security.AccessTokens;

/**
 * The catalogue's and the calendar's administration through the gateway, with the administrator's token. The
 * platform checks the role again; each write carries its form's key as {@code Idempotency-Key}.
 */
@Component
class CatalogueAdmin {

    private final PlatformApi api;
    private final AccessTokens tokens;

    CatalogueAdmin(PlatformApi api, AccessTokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    ProcedureDetail procedure(String code) {
        return api.get(tokens.current(), ApiPaths.path("/api/catalogue/procedures/{}", code), ProcedureDetail.class);
    }

    Eligibility eligibility(String code) {
        return api.get(
                tokens.current(), ApiPaths.path("/api/catalogue/procedures/{}/eligibility", code), Eligibility.class);
    }

    ProcedureDetail create(Map<String, Object> rules, String key) {
        return api.post(tokens.current(), "/api/catalogue/procedures", rules, key, ProcedureDetail.class);
    }

    ProcedureDetail publish(String code, Map<String, Object> rules, String key) {
        return api.post(
                tokens.current(),
                ApiPaths.path("/api/catalogue/procedures/{}/versions", code),
                rules,
                key,
                ProcedureDetail.class);
    }

    ProcedureDetail retire(String code, int version, String reason, String key) {
        return api.post(
                tokens.current(),
                ApiPaths.path("/api/catalogue/procedures/{}/retire", code),
                Map.of("version", version, "reason", reason),
                key,
                ProcedureDetail.class);
    }

    /** {@code change}: {@code version}, {@code serviceLevel}, {@code effectiveFrom}, {@code force}, {@code justification}. */
    ProcedureDetail changeLevel(String code, Map<String, Object> change, String key) {
        return api.post(
                tokens.current(),
                ApiPaths.path("/api/catalogue/procedures/{}/level", code),
                change,
                key,
                ProcedureDetail.class);
    }

    CalendarYear calendar(int year) {
        return api.get(tokens.current(), "/api/calendar?year=" + year, CalendarYear.class);
    }

    void setDay(LocalDate date, String kind, String name) {
        api.put(
                tokens.current(),
                ApiPaths.path("/api/calendar/days/{}", date),
                Map.of("kind", kind, "name", name),
                CalendarYear.Day.class);
    }

    void removeDay(LocalDate date) {
        api.delete(tokens.current(), ApiPaths.path("/api/calendar/days/{}", date));
    }
}
