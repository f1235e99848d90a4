package vn.egov.dossier.dossier.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.dossier.dossier.Applicant;
import vn.egov.dossier.dossier.Delivery;
import vn.egov.dossier.dossier.DocumentReference;
import vn.egov.dossier.dossier.NotifyChannel;
import vn.egov.dossier.intake.Submission;
import vn.egov.dossier.intake.VietnameseMobile;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.values.PhoneNumber;

/**
 * Body of {@code POST /api/dossiers} (and of the counter's intake). {@code applicableCases}, optional, lists the codes
 * of the procedure's conditional documents whose case applies ("Trường hợp ủy quyền…"): their documents are then
 * required.
 */
record SubmissionRequest(
        @Schema(example = "2.000488") @NotBlank @Size(max = 32) String procedureCode,
        @NotNull @Valid ApplicantRequest applicant,
        @Schema(example = "[\"SMS\", \"EMAIL\"]") @JsonProperty("notify") Set<@NotNull NotifyChannel> notifyChannels,
        @Schema(example = "ONLINE") @NotNull Delivery delivery,
        @Schema(description = "The procedure's form fields", example = "{\"purpose\": \"Xin việc\"}") @NotNull
                Map<String, Object> form,
        @NotNull @Size(max = 50) List<@NotNull @Valid DocumentRequest> documents,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> applicableCases) {

    record ApplicantRequest(
            @Schema(example = "Nguyễn Văn An") @NotBlank @Size(max = 200) String fullName,
            @Schema(description = "The 12-digit citizen ID (số định danh cá nhân)", example = "048090001234")
                    @NotBlank
                    @Pattern(regexp = "\\d{12}", message = "must be the 12-digit citizen ID number")
                    String idNumber,
            @Schema(example = "0905123456") @NotBlank @VietnameseMobile String phone,
            @Schema(example = "an.nguyen@example.vn") @Email @Size(max = 254) String email,
            @Schema(example = "12 Trần Phú, phường Hải Châu, thành phố Đà Nẵng") @NotBlank @Size(max = 500)
                    String address) {}

    record DocumentRequest(
            @Schema(description = "The procedure's document code", example = "TP1") @NotBlank @Size(max = 64)
                    String code,
            @Schema(
                            description = "The id POST /api/dossiers/attachments answered",
                            example = "5f0c7a52-3f0e-4a43-9a3c-3c1b2d7e8f90")
                    @NotBlank
                    @Size(max = 200)
                    String attachmentId) {}

    Submission toSubmission() {
        return new Submission(
                procedureCode.strip(),
                new Applicant(
                        applicant.fullName().strip(),
                        applicant.idNumber(),
                        PhoneNumber.parse(applicant.phone()).e164(),
                        applicant.email() == null || applicant.email().isBlank()
                                ? null
                                : applicant.email().strip(),
                        applicant.address().strip()),
                notifyChannels,
                delivery,
                form,
                documents.stream()
                        .map(d -> new DocumentReference(d.code(), d.attachmentId()))
                        .toList(),
                applicableCases == null
                        ? Set.of()
                        : applicableCases.stream().map(String::strip).collect(Collectors.toSet()));
    }

    /** Checked here rather than by an annotation so that the error names the JSON field {@code notify}. */
    /**
     * The checks bean validation cannot express, shared by online and counter intake: an {@code Idempotency-Key}
     * header, at least one notification channel, and an email address when EMAIL is one of them.
     *
     * @return the key, stripped
     * @throws ApiProblem 400 naming the field
     */
    String checkedIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw ApiProblem.badRequest(
                            "idempotency-key-required",
                            "Send an Idempotency-Key header (1 to 100 characters) so a retry cannot submit twice")
                    .with("errors", List.of(Map.of("field", "Idempotency-Key", "message", "is required")));
        }
        if (notifyChannels == null || notifyChannels.isEmpty()) {
            throw invalid("notify", "choose at least one of SMS, ZALO, EMAIL");
        }
        // An email address is optional unless the applicant wants to be notified by email.
        if (notifyChannels.contains(NotifyChannel.EMAIL)
                && (applicant.email() == null || applicant.email().isBlank())) {
            throw invalid("applicant.email", "is required for EMAIL notifications");
        }
        return idempotencyKey.strip();
    }

    private static ApiProblem invalid(String field, String message) {
        return ApiProblem.badRequest("invalid-request", "Invalid fields: " + field)
                .with("errors", List.of(Map.of("field", field, "message", message)));
    }
}
