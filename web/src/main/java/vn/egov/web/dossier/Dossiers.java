package vn.egov.web.dossier;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.egov.web.platform.ApiPaths;
import vn.egov.web.platform.PlatformApi;
import vn.egov.web.security.AccessTokens;

/**
 * Dossiers and their payments as the signed-in person may see and act on them, through the gateway with their token:
 * citizens their own, officers their agency's. The platform decides who may do what; the pages only offer what fits
 * the status.
 */
@Component
public class Dossiers {

    private final PlatformApi api;
    private final AccessTokens tokens;

    Dossiers(PlatformApi api, AccessTokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    public DossierPage list(Map<String, ?> filter) {
        return api.get(tokens.current(), ApiPaths.query("/api/dossiers", filter), DossierPage.class);
    }

    public DossierDetail get(String code) {
        return api.get(tokens.current(), ApiPaths.path("/api/dossiers/{}", code), DossierDetail.class);
    }

    /**
     * A workflow action ({@code accept}, {@code withdraw}, …) with its optional body ({@code reason}, {@code missing},
     * {@code result}, {@code amount}).
     */
    public DossierDetail act(String code, String action, @Nullable Map<String, Object> body) {
        return api.post(
                tokens.current(),
                ApiPaths.path("/api/dossiers/{}/actions/{}", code, action),
                body == null ? Map.of() : body,
                null,
                DossierDetail.class);
    }

    public Payment.Page payments(String dossierCode) {
        return api.get(
                tokens.current(),
                ApiPaths.query("/api/payments", ApiPaths.parameters("dossierCode", dossierCode)),
                Payment.Page.class);
    }

    /** The messages sent to the applicant about the dossier, oldest first (the first 50). */
    public List<Message> messages(String dossierCode) {
        return api.get(
                        tokens.current(),
                        ApiPaths.query(
                                "/api/notifications", ApiPaths.parameters("dossierCode", dossierCode, "size", 50)),
                        Message.Page.class)
                .items();
    }

    public Payment payment(String id) {
        return api.get(tokens.current(), ApiPaths.path("/api/payments/{}", id), Payment.class);
    }

    /** Starts paying the dossier's fee; the same key (a double click) answers the same payment. */
    public Payment startPayment(String dossierCode, String provider, String idempotencyKey) {
        return api.post(
                tokens.current(),
                "/api/payments",
                Map.of("dossierCode", dossierCode, "provider", provider),
                idempotencyKey,
                Payment.class);
    }

    public PlatformApi.Download download(String pathAndQuery) {
        return api.download(tokens.current(), pathAndQuery);
    }

    public <T> T upload(String pathAndQuery, Map<String, String> fields, PlatformApi.FileUpload file, Class<T> type) {
        return api.upload(tokens.current(), pathAndQuery, fields, file, type);
    }
}
