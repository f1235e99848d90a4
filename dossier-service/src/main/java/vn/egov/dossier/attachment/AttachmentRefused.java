package vn.egov.dossier.attachment;

import java.util.List;
import vn.egov.servicedefaults.problem.DomainProblem;

/** An upload refused for its content: a type not allowed, or more bytes than allowed. */
public class AttachmentRefused extends DomainProblem {

    private AttachmentRefused(Kind kind, String slug, String title, String detail) {
        super(kind, slug, title, detail);
    }

    static AttachmentRefused unsupportedType(String type, List<String> allowedTypes) {
        AttachmentRefused problem = new AttachmentRefused(
                Kind.UNSUPPORTED_CONTENT,
                "unsupported-attachment-type",
                "Unsupported file type",
                "The file's content is " + type + "; allowed are " + allowedTypes);
        problem.with("allowedTypes", allowedTypes);
        return problem;
    }

    /** A file over the limit, whether the upload or the multipart parser noticed first. */
    public static AttachmentRefused tooLarge(long maxBytes) {
        AttachmentRefused problem = new AttachmentRefused(
                Kind.TOO_LARGE,
                "attachment-too-large",
                "File too large",
                "A file may have at most " + maxBytes + " bytes");
        problem.with("maxSize", maxBytes);
        return problem;
    }
}
