package vn.egov.dossier.dossier;

import java.util.Arrays;
import java.util.Optional;

/** The workflow actions of {@code POST /api/dossiers/{code}/actions/{action}}, with who may take each. */
public enum DossierAction {
    ACCEPT("accept", false, false),
    REFUSE("refuse", false, true),
    REQUEST_SUPPLEMENT("request-supplement", false, true),
    SUPPLEMENT("supplement", true, false),
    START_PROCESSING("start-processing", false, false),
    REQUEST_PAYMENT("request-payment", false, false),
    APPROVE("approve", false, false),
    RETURN_RESULT("return-result", false, false),
    WITHDRAW("withdraw", true, false),
    STOP("stop", false, true);

    private final String slug;
    private final boolean byOwner;
    private final boolean needsReason;

    DossierAction(String slug, boolean byOwner, boolean needsReason) {
        this.slug = slug;
        this.byOwner = byOwner;
        this.needsReason = needsReason;
    }

    public static Optional<DossierAction> bySlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    /** True for the applicant's own actions; the others belong to officers of the dossier's agency. */
    public boolean byOwner() {
        return byOwner;
    }

    /** Refusals, supplement requests and stops must say why (the supplement request: what is missing). */
    public boolean needsReason() {
        return needsReason;
    }
}
