package vn.egov.dossier.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.dossier.catalogue.Procedure;
import vn.egov.dossier.dossier.Applicant;
import vn.egov.dossier.dossier.Delivery;
import vn.egov.dossier.dossier.DocumentReference;
import vn.egov.dossier.dossier.DossierContent;
import vn.egov.dossier.dossier.NotifyChannel;
import vn.egov.dossier.dossier.ProcedureSnapshot;

/**
 * What a citizen submits: the procedure, who they are, how to reach them, how to deliver the result, the form and the
 * documents.
 *
 * @param applicableCases the codes of the procedure's conditional documents whose case applies to this applicant
 *     ("Trường hợp ủy quyền…"): their documents are then required like the others
 */
public record Submission(
        String procedureCode,
        Applicant applicant,
        Set<NotifyChannel> notifyChannels,
        Delivery delivery,
        Map<String, Object> form,
        List<DocumentReference> documents,
        Set<String> applicableCases) {

    /** A submission that declares no conditional case. */
    public Submission(
            String procedureCode,
            Applicant applicant,
            Set<NotifyChannel> notifyChannels,
            Delivery delivery,
            Map<String, Object> form,
            List<DocumentReference> documents) {
        this(procedureCode, applicant, notifyChannels, delivery, form, documents, Set.of());
    }

    public Submission {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(delivery, "delivery");
        if (notifyChannels == null || notifyChannels.isEmpty()) {
            throw new IllegalArgumentException("at least one notification channel");
        }
        notifyChannels = EnumSet.copyOf(notifyChannels);
        form = form == null ? Map.of() : new LinkedHashMap<>(form);
        documents = documents == null ? List.of() : List.copyOf(documents);
        // Sorted, so that the same cases in another order are the same request.
        applicableCases = applicableCases == null
                ? Collections.emptySortedSet()
                : Collections.unmodifiableSortedSet(new TreeSet<>(applicableCases));
    }

    /** What the dossier is submitted with, under {@code procedure}'s version: form and documents as JSON. */
    DossierContent contentUnder(Procedure procedure, JsonMapper json) {
        return new DossierContent(
                applicant,
                ProcedureSnapshot.of(procedure),
                delivery,
                notifyChannels,
                json.writeValueAsString(form),
                json.writeValueAsString(documents),
                List.copyOf(applicableCases));
    }

    /** Canonical JSON for the fingerprint: the same request written in another order is the same request. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /**
     * SHA-256 of the canonical JSON of this submission: an {@code Idempotency-Key} replayed with the same fingerprint
     * is the same request, with another one a different request (422).
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.writeValueAsString(this).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
