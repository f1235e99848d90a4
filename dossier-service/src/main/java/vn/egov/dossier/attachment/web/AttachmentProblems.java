package vn.egov.dossier.attachment.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.egov.dossier.attachment.AttachmentProperties;
import vn.egov.dossier.attachment.AttachmentRefused;
import vn.egov.servicedefaults.problem.ProblemHandlers;

/**
 * A request the multipart parser already found too large gets the same 413 as a file the upload found too large, so
 * clients see one problem type whichever limit was hit.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttachmentProblems {

    private final AttachmentProperties properties;

    AttachmentProblems(AttachmentProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return ProblemHandlers.answer(
                AttachmentRefused.tooLarge(properties.maxSize().toBytes()));
    }
}
