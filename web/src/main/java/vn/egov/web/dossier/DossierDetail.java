package vn.egov.web.dossier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A dossier in full ({@code GET /api/dossiers/{code}}), for its owner and the officers of its agency. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DossierDetail(
        String code,
        String status,
        int statusCode,
        long version,
        String channel,
        String delivery,
        @JsonProperty("notify") @Nullable Set<String> notifyChannels,
        @Nullable OffsetDateTime submittedAt,
        @Nullable OffsetDateTime acceptedAt,
        @Nullable LocalDate dueDate,
        boolean paused,
        boolean overdue,
        @Nullable LocalDate rescheduledDueDate,
        @Nullable OffsetDateTime processedAt,
        @Nullable Boolean onTime,
        @Nullable Long requestedAmount,
        long amountDue,
        @Nullable String paidPaymentId,
        List<Pause> pauses,
        Applicant applicant,
        Procedure procedure,
        List<History> history) {

    /** Statuses in which the dossier is still being worked on. */
    public static final Set<String> OPEN =
            Set.of("NEW", "ACCEPTED", "IN_PROCESSING", "SUPPLEMENT_REQUESTED", "AWAITING_PAYMENT");

    public DossierDetail {
        pauses = pauses == null ? List.of() : pauses;
        history = history == null ? List.of() : history;
        notifyChannels = notifyChannels == null ? Set.of() : notifyChannels;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Applicant(String fullName, String idNumber, String phone, @Nullable String email, String address) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Procedure(
            String code,
            int version,
            String name,
            String agencyCode,
            String agencyName,
            String agencyLevel,
            int serviceLevel,
            int processingDays,
            long feeTotal) {}

    /** One entry of the history: a change of status, or a fact (overdue, apology, a payment) that left it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record History(
            String kind,
            @Nullable String actor,
            @Nullable String role,
            OffsetDateTime at,
            @Nullable String from,
            String to,
            @Nullable Integer toCode,
            @Nullable String reason) {

        /** What the timeline names this entry by: the fact for a fact, the new status for a transition. */
        public String what() {
            return "TRANSITION".equals(kind) || kind == null ? to : kind;
        }
    }

    /** A stretch when the legal clock stood still. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pause(
            String reason, OffsetDateTime startedAt, @Nullable OffsetDateTime endedAt, @Nullable Integer workingDays) {}

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    public boolean hasResult() {
        return "PROCESSED".equals(status) || "RESULT_RETURNED".equals(status);
    }

    public boolean awaitsPayment() {
        return "AWAITING_PAYMENT".equals(status) && paidPaymentId == null;
    }

    public boolean awaitsSupplement() {
        return "SUPPLEMENT_REQUESTED".equals(status);
    }

    /** The latest history entry that moved the dossier to {@code status}: who asked, when and why. */
    public Optional<History> latest(String toStatus) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (toStatus.equals(history.get(i).to())
                    && !"OVERDUE".equals(history.get(i).kind())) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /** Newest first, as a timeline reads. */
    public List<History> timeline() {
        List<History> newestFirst = new java.util.ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The date the result is due: the apology's new date when there is one, else the legal due date. */
    public @Nullable LocalDate promisedDate() {
        return rescheduledDueDate != null ? rescheduledDueDate : dueDate;
    }
}
