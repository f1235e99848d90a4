package vn.egov.dossier.attachment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.egov.dossier.catalogue.Procedure;
import vn.egov.dossier.dossier.DocumentReference;

/**
 * The documents of a submission against the procedure's list: every required document is there, and every reference is
 * a file the submitter uploaded for that document and has not used in another dossier. On submission the files are
 * linked to the new dossier, in the submission's transaction.
 */
@Component
public class SubmittedDocuments {

    private final AttachmentLinks attachments;
    private final DossierDocuments dossierDocuments;

    SubmittedDocuments(AttachmentLinks attachments, DossierDocuments dossierDocuments) {
        this.attachments = attachments;
        this.dossierDocuments = dossierDocuments;
    }

    /**
     * @param submitter the citizen, or the officer at the counter, who uploaded the files
     * @param applicableCases the codes of the conditional documents whose case the applicant declared: required too
     * @throws DocumentsRejected listing the {@code missing} required codes and an {@code errors} entry per bad reference
     *     or per declared case the procedure does not have
     */
    public void check(
            String submitter, Procedure procedure, List<DocumentReference> documents, Set<String> applicableCases) {
        Map<UUID, AttachmentLinks.UploadedFile> files = load(documents);
        Map<String, Procedure.Document> known = procedure.documents().stream()
                .collect(Collectors.toMap(Procedure.Document::code, Function.identity(), (a, b) -> a));
        List<Map<String, String>> errors = new ArrayList<>();
        Set<String> present = new LinkedHashSet<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentReference document = documents.get(i);
            Optional<String> problem = problemWith(document, known, files, submitter, procedure.code(), seen);
            if (problem.isPresent()) {
                errors.add(Map.of("field", "documents[" + i + "]", "message", problem.get()));
            } else {
                present.add(document.code());
            }
        }
        List<String> cases = List.copyOf(applicableCases);
        for (int i = 0; i < cases.size(); i++) {
            Procedure.Document conditional = known.get(cases.get(i));
            if (conditional == null || conditional.required()) {
                errors.add(Map.of(
                        "field",
                        "applicableCases[" + i + "]",
                        "message",
                        "the procedure has no document " + cases.get(i) + " needed only in a case"));
            }
        }
        List<String> missing = procedure.documents().stream()
                .filter(d -> d.required() || applicableCases.contains(d.code()))
                .map(Procedure.Document::code)
                .filter(code -> !present.contains(code))
                .distinct()
                .toList();
        if (!missing.isEmpty() || !errors.isEmpty()) {
            throw new DocumentsRejected(missing, errors);
        }
    }

    /**
     * Links the (checked) files to the new dossier and records what was received.
     *
     * @throws AttachmentAlreadyUsed when a concurrent submission linked one of the files first; the caller's transaction then
     *     rolls back
     */
    public void attach(String dossierCode, String submitter, Procedure procedure, List<DocumentReference> documents) {
        Map<String, String> names = new LinkedHashMap<>();
        procedure.documents().forEach(d -> names.putIfAbsent(d.code(), d.name() == null ? d.code() : d.name()));
        for (DocumentReference document : documents) {
            UUID id = UUID.fromString(document.attachmentId());
            if (!attachments.link(id, submitter, dossierCode)) {
                throw AttachmentAlreadyUsed.byAnotherDossier(id);
            }
            dossierDocuments.add(
                    dossierCode, document.code(), names.getOrDefault(document.code(), document.code()), id);
        }
        dossierDocuments.intake(dossierCode, procedure.resultType());
    }

    /**
     * Checks the documents a supplement brings (each an upload of the supplier's for a document of the dossier's
     * procedure, not used elsewhere), links them to the dossier and records them after what it was received with.
     *
     * @param supplier the applicant, or the officer at the counter for a walk-in dossier, who uploaded them
     * @return each document as the history names it ("TP2 Bản chụp…")
     * @throws DocumentsRejected with an {@code errors} entry per bad reference (field {@code documents[i]})
     * @throws AttachmentAlreadyUsed when a concurrent request linked one of the files first
     */
    public List<String> supplement(
            String dossierCode, String supplier, Procedure procedure, List<DocumentReference> documents) {
        Map<UUID, AttachmentLinks.UploadedFile> files = load(documents);
        Map<String, Procedure.Document> known = procedure.documents().stream()
                .collect(Collectors.toMap(Procedure.Document::code, Function.identity(), (a, b) -> a));
        List<Map<String, String>> errors = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            Optional<String> problem = problemWith(documents.get(i), known, files, supplier, procedure.code(), seen);
            if (problem.isPresent()) {
                errors.add(Map.of("field", "documents[" + i + "]", "message", problem.get()));
            }
        }
        if (!errors.isEmpty()) {
            throw new DocumentsRejected(List.of(), errors);
        }
        List<String> named = new ArrayList<>();
        for (DocumentReference document : documents) {
            UUID id = UUID.fromString(document.attachmentId());
            if (!attachments.link(id, supplier, dossierCode)) {
                throw AttachmentAlreadyUsed.byAnotherDossier(id);
            }
            String name = known.get(document.code()).name();
            dossierDocuments.add(dossierCode, document.code(), name == null ? document.code() : name, id);
            named.add(document.code() + " " + (name == null ? "" : name).strip());
        }
        return named;
    }

    private Map<UUID, AttachmentLinks.UploadedFile> load(List<DocumentReference> documents) {
        List<UUID> ids = documents.stream()
                .map(d -> uuid(d.attachmentId()))
                .flatMap(Optional::stream)
                .toList();
        return attachments.byIds(ids).stream()
                .collect(Collectors.toMap(AttachmentLinks.UploadedFile::id, Function.identity()));
    }

    private static Optional<String> problemWith(
            DocumentReference document,
            Map<String, Procedure.Document> known,
            Map<UUID, AttachmentLinks.UploadedFile> files,
            String submitter,
            String procedureCode,
            Set<UUID> seen) {
        if (!known.containsKey(document.code())) {
            return Optional.of("the procedure has no document " + document.code());
        }
        Optional<UUID> id = uuid(document.attachmentId());
        AttachmentLinks.UploadedFile file = id.map(files::get).orElse(null);
        // Someone else's file is reported like a missing one: ids of other people's files are not confirmed.
        if (file == null || !file.isOwnedBy(submitter)) {
            return Optional.of("no uploaded file " + document.attachmentId());
        }
        if (!seen.add(file.id())) {
            return Optional.of("file " + file.id() + " is referenced twice");
        }
        if (!file.documentCode().equals(document.code())
                || !file.procedureCode().equals(procedureCode)) {
            return Optional.of("file " + file.id() + " was uploaded for " + file.procedureCode() + "/"
                    + file.documentCode() + ", not " + procedureCode + "/" + document.code());
        }
        if (file.isLinked()) {
            return Optional.of("file " + file.id() + " belongs to another dossier");
        }
        return Optional.empty();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
