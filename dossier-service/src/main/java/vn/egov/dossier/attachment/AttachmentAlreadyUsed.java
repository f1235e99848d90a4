package vn.egov.dossier.attachment;

import java.util.UUID;
import vn.egov.servicedefaults.problem.DomainProblem;

/** A concurrent request linked the file first; the caller's transaction rolls back. */
public class AttachmentAlreadyUsed extends DomainProblem {

    private AttachmentAlreadyUsed(String detail) {
        super(Kind.CONFLICT, "attachment-already-used", detail);
    }

    static AttachmentAlreadyUsed byAnotherDossier(UUID id) {
        return new AttachmentAlreadyUsed("File " + id + " was attached to another dossier meanwhile");
    }

    /** The officer's uploaded result file was linked by another request meanwhile. */
    public static AttachmentAlreadyUsed meanwhile(UUID id) {
        return new AttachmentAlreadyUsed("File " + id + " was used meanwhile");
    }
}
