package vn.egov.dossier.dossier;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a dossier is submitted with, online or at the counter: who applies, under which procedure version, how the
 * result is delivered and the applicant notified, the form and the documents.
 *
 * @param form the procedure's form fields as JSON
 * @param documents the uploaded document references as JSON
 * @param applicableCases the codes of the conditional documents whose case the applicant declared
 */
public record DossierContent(
        Applicant applicant,
        ProcedureSnapshot procedure,
        Delivery delivery,
        Set<NotifyChannel> notifyChannels,
        String form,
        String documents,
        List<String> applicableCases) {

    /** Content that declares no conditional case. */
    public DossierContent(
            Applicant applicant,
            ProcedureSnapshot procedure,
            Delivery delivery,
            Set<NotifyChannel> notifyChannels,
            String form,
            String documents) {
        this(applicant, procedure, delivery, notifyChannels, form, documents, List.of());
    }

    public DossierContent {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(documents, "documents");
        if (notifyChannels == null || notifyChannels.isEmpty()) {
            throw new IllegalArgumentException("an applicant is notified on at least one channel");
        }
        notifyChannels = EnumSet.copyOf(notifyChannels);
        applicableCases = applicableCases == null ? List.of() : List.copyOf(applicableCases);
    }
}
