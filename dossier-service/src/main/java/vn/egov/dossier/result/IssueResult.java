package vn.egov.dossier.result;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.attachment.Attachment;
import vn.egov.dossier.attachment.AttachmentAlreadyUsed;
import vn.egov.dossier.attachment.AttachmentLinks;
import vn.egov.dossier.attachment.Attachments;
import vn.egov.dossier.attachment.DossierDocuments;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.servicedefaults.problem.InvalidFields;

/**
 * Issues the result of a dossier the officer approves, in the approval's transaction: the result file the officer
 * uploaded, or a PDF generated from the template, each under a fresh verification code whose QR points at the public
 * check. A bad reference to an uploaded file is a 400 and the approval does not happen.
 */
@Component
public class IssueResult {

    static final String DEFAULT_RESULT_TYPE = "Kết quả giải quyết thủ tục hành chính";

    private final Results results;
    private final Attachments attachments;
    private final AttachmentLinks links;
    private final DossierDocuments dossierDocuments;
    private final PublicSite site;
    private final Clock clock;

    IssueResult(
            Results results,
            Attachments attachments,
            AttachmentLinks links,
            DossierDocuments dossierDocuments,
            PublicSite site,
            Clock clock) {
        this.results = results;
        this.attachments = attachments;
        this.links = links;
        this.dossierDocuments = dossierDocuments;
        this.site = site;
        this.clock = clock;
    }

    /**
     * @param dossier just approved by {@code officer}
     * @param choice null to generate from the template
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedResult issue(Dossier dossier, String officer, ResultChoice choice) {
        String code = dossier.code().value();
        String resultType = dossierDocuments.resultType(code).orElse(DEFAULT_RESULT_TYPE);
        // 50 random bits: a clash is as likely as winning a lottery; the unique index would turn one into a 500, not a
        // wrong answer.
        VerificationCode verification = VerificationCode.random();
        Instant now = clock.instant();
        IssuedResult result;
        if (choice != null && choice.uploaded()) {
            Attachment file = uploadedResult(choice.attachmentId(), officer);
            if (!links.link(file.id(), officer, code)) {
                throw AttachmentAlreadyUsed.meanwhile(file.id());
            }
            result = IssuedResult.uploaded(code, verification, resultType, file.id(), file.contentType(), officer, now);
        } else {
            byte[] pdf = ResultDocument.render(dossier, resultType, verification, now, clock.getZone(), site);
            result = IssuedResult.generated(code, verification, resultType, pdf, officer, now);
        }
        return results.saveAndFlush(result);
    }

    private Attachment uploadedResult(String attachmentId, String officer) {
        UUID id;
        try {
            id = UUID.fromString(attachmentId);
        } catch (IllegalArgumentException e) {
            throw invalid(attachmentId);
        }
        return attachments
                .findById(id)
                .filter(file -> file.isOwnedBy(officer) && !file.isLinked())
                .orElseThrow(() -> invalid(attachmentId));
    }

    private static InvalidFields invalid(String attachmentId) {
        return InvalidFields.of(
                "invalid-result",
                "No unused file " + attachmentId + " uploaded by you",
                "result.attachmentId",
                "is not a file you uploaded");
    }
}
