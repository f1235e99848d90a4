package vn.egov.dossier.dossier;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a citizen submits: the procedure, who they are, how to reach them, how to deliver the result, the form and the
 * documents.
 */
public record Submission(
        String procedureCode,
        Applicant applicant,
        Set<NotifyChannel> notifyChannels,
        Delivery delivery,
        Map<String, Object> form,
        List<DocumentReference> documents) {

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
    }
}
