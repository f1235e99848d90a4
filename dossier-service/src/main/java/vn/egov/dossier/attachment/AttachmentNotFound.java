package vn.egov.dossier.attachment;

import vn.egov.servicedefaults.problem.DomainProblem;

/** No such file on the dossier, or none the caller may see. */
public class AttachmentNotFound extends DomainProblem {

    AttachmentNotFound(String attachmentId) {
        super(Kind.NOT_FOUND, "not-found", "Attachment " + attachmentId + " does not exist");
    }
}
