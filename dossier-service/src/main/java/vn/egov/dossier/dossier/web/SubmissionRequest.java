package vn.egov.dossier.dossier.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.dossier.dossier.Applicant;
import vn.egov.dossier.dossier.Delivery;
import vn.egov.dossier.dossier.DocumentReference;
import vn.egov.dossier.dossier.NotifyChannel;
import vn.egov.dossier.dossier.PhoneNumber;
import vn.egov.dossier.dossier.Submission;
import vn.egov.dossier.dossier.VietnameseMobile;

/** Body of {@code POST /api/dossiers}. */
record SubmissionRequest(
        @NotBlank @Size(max = 32) String procedureCode,
        @NotNull @Valid ApplicantRequest applicant,
        @JsonProperty("notify") Set<@NotNull NotifyChannel> notifyChannels,
        @NotNull Delivery delivery,
        @NotNull Map<String, Object> form,
        @NotNull @Size(max = 50) List<@NotNull @Valid DocumentRequest> documents) {

    record ApplicantRequest(
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Pattern(regexp = "\\d{12}", message = "must be the 12-digit citizen ID number") String idNumber,
            @NotBlank @VietnameseMobile String phone,
            @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 500) String address) {}

    record DocumentRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 200) String attachmentId) {}

    Submission toSubmission() {
        return new Submission(
                procedureCode.strip(),
                new Applicant(
                        applicant.fullName().strip(),
                        applicant.idNumber(),
                        PhoneNumber.of(applicant.phone()).e164(),
                        applicant.email() == null || applicant.email().isBlank()
                                ? null
                                : applicant.email().strip(),
                        applicant.address().strip()),
                notifyChannels,
                delivery,
                form,
                documents.stream()
                        .map(d -> new DocumentReference(d.code(), d.attachmentId()))
                        .toList());
    }

    /** Checked here rather than by an annotation so that the error names the JSON field {@code notify}. */
    boolean lacksNotificationChannels() {
        return notifyChannels == null || notifyChannels.isEmpty();
    }

    /** An email address is optional unless the applicant wants to be notified by email. */
    boolean lacksEmailForEmailNotifications() {
        return notifyChannels.contains(NotifyChannel.EMAIL)
                && (applicant.email() == null || applicant.email().isBlank());
    }
}
