package vn.egov.dossier.dossier.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import vn.egov.dossier.dossier.ClockPause;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.HistoryEntry;
import vn.egov.dossier.dossier.NotifyChannel;
import vn.egov.dossier.inbox.ListFilter;
import vn.egov.dossier.intake.SubmissionReceipt;
import vn.egov.servicedefaults.paging.ListPage;
import vn.egov.servicedefaults.time.CityClock;

/** The JSON shapes dossier-service answers with. Times are ISO-8601 with the city's offset. */
final class DossierResponses {

    private static final ZoneId ZONE = CityClock.ZONE;

    private DossierResponses() {}

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    /** Answer to a submission. */
    @Schema(
            example =
                    """
                    {"code": "000.00.15.H17-261207-0001", "status": "NEW", "statusCode": 1,
                     "submittedAt": "2026-12-07T09:30:00+07:00", "procedureCode": "2.000488",
                     "procedureName": "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
                     "agencyCode": "000.00.15.H17", "agencyName": "Sở Tư pháp", "delivery": "ONLINE",
                     "feeTotal": 200000, "processingDays": 10}""")
    record Submitted(
            String code,
            String status,
            int statusCode,
            LocalDate dueDate,
            OffsetDateTime submittedAt,
            String procedureCode,
            String procedureName,
            String agencyCode,
            String agencyName,
            String delivery,
            long feeTotal,
            int processingDays) {

        static Submitted of(SubmissionReceipt receipt) {
            return new Submitted(
                    receipt.code(),
                    receipt.status().name(),
                    receipt.status().code(),
                    receipt.dueDate(),
                    local(receipt.submittedAt()),
                    receipt.procedureCode(),
                    receipt.procedureName(),
                    receipt.agencyCode(),
                    receipt.agencyName(),
                    receipt.delivery().name(),
                    receipt.feeTotal(),
                    receipt.processingDays());
        }
    }

    record Applicant(String fullName, String idNumber, String phone, String email, String address) {}

    record Procedure(
            String code,
            int version,
            String name,
            String agencyCode,
            String agencyName,
            String agencyLevel,
            int serviceLevel,
            int processingDays,
            long feeTotal) {}

    /**
     * One audited entry: a transition, or with {@code kind} OVERDUE, APOLOGY, PAYMENT_NOT_APPLIED, PAYMENT_RECEIVED
     * (paid before any request) or PAYMENT_REFUNDED a fact that left the status as it was.
     */
    record History(
            String kind,
            String actor,
            String role,
            OffsetDateTime at,
            String from,
            String to,
            Integer toCode,
            String reason) {

        static History of(HistoryEntry entry) {
            return new History(
                    entry.kind().name(),
                    entry.actor(),
                    entry.role(),
                    local(entry.at()),
                    entry.from() == null ? null : entry.from().name(),
                    entry.to().name(),
                    entry.to().code(),
                    entry.reason());
        }
    }

    /** A stretch during which the legal clock stood still; {@code workingDays} is what the due date moved by. */
    record Pause(String reason, OffsetDateTime startedAt, OffsetDateTime endedAt, Integer workingDays) {

        static Pause of(ClockPause pause) {
            return new Pause(
                    pause.reason().name(), local(pause.startedAt()), local(pause.endedAt()), pause.workingDays());
        }
    }

    /**
     * A dossier in full, for its owner and the officers of its agency. {@code requestedAmount} is what the officer
     * stated when requesting payment (null when none was stated); {@code amountDue} what the applicant owes (that
     * amount, else the procedure's fee); {@code paidPaymentId} the payment applied (null while unpaid);
     * {@code applicableCases} the conditional documents whose case the applicant declared.
     */
    record Detail(
            String code,
            String status,
            int statusCode,
            long version,
            String channel,
            String delivery,
            @JsonProperty("notify") Set<NotifyChannel> notifyChannels,
            OffsetDateTime submittedAt,
            OffsetDateTime acceptedAt,
            LocalDate dueDate,
            boolean paused,
            boolean overdue,
            LocalDate rescheduledDueDate,
            OffsetDateTime processedAt,
            Boolean onTime,
            Long requestedAmount,
            long amountDue,
            String paidPaymentId,
            List<Pause> pauses,
            Applicant applicant,
            Procedure procedure,
            List<String> applicableCases,
            List<History> history) {

        static Detail of(Dossier dossier) {
            var applicant = dossier.applicant();
            var procedure = dossier.procedure();
            return new Detail(
                    dossier.code().value(),
                    dossier.status().name(),
                    dossier.status().code(),
                    dossier.version(),
                    dossier.channel().name(),
                    dossier.delivery().name(),
                    dossier.notifyChannels(),
                    local(dossier.submittedAt()),
                    local(dossier.acceptedAt()),
                    dossier.dueDate(),
                    dossier.isPaused(),
                    dossier.overdueAt() != null,
                    dossier.rescheduledDueDate(),
                    local(dossier.processedAt()),
                    dossier.onTime(),
                    dossier.requestedAmount() == null
                            ? null
                            : dossier.requestedAmount().vnd(),
                    dossier.amountDue().vnd(),
                    dossier.paidPaymentId(),
                    dossier.pauses().stream().map(Pause::of).toList(),
                    new Applicant(
                            applicant.fullName(),
                            applicant.idNumber(),
                            applicant.phone(),
                            applicant.email(),
                            applicant.address()),
                    new Procedure(
                            procedure.code(),
                            procedure.version(),
                            procedure.name(),
                            procedure.agencyCode(),
                            procedure.agencyName(),
                            procedure.agencyLevel(),
                            procedure.serviceLevel(),
                            procedure.processingDaysFor(dossier.channel()),
                            procedure.feeTotal()),
                    dossier.applicableCases(),
                    dossier.history().stream().map(History::of).toList());
        }
    }

    /**
     * The internal contact shape notification-service reads. {@code feeTotal} is the procedure's fee, {@code amountDue}
     * what the applicant owes (the amount stated with the payment request, else that fee); {@code ownerSubject} the
     * citizen account that submitted it (null for a walk-in dossier), who may read the messages sent about it.
     */
    record Contact(
            String dossierCode,
            String procedureCode,
            String procedureName,
            String agencyName,
            String status,
            int statusCode,
            LocalDate dueDate,
            String fullName,
            String phone,
            String email,
            @JsonProperty("notify") Set<NotifyChannel> notifyChannels,
            long feeTotal,
            long amountDue,
            String ownerSubject) {

        static Contact of(Dossier dossier) {
            return new Contact(
                    dossier.code().value(),
                    dossier.procedure().code(),
                    dossier.procedure().name(),
                    dossier.procedure().agencyName(),
                    dossier.status().name(),
                    dossier.status().code(),
                    dossier.dueDate(),
                    dossier.applicant().fullName(),
                    dossier.applicant().phone(),
                    dossier.applicant().email(),
                    dossier.notifyChannels(),
                    dossier.procedure().feeTotal(),
                    dossier.amountDue().vnd(),
                    dossier.ownerAccount());
        }
    }

    /**
     * The internal fee shape payment-service reads before it creates a payment: what the dossier owes, whether it can
     * be paid now (else why not, in Vietnamese), and who pays (for the e-receipt).
     *
     * @param ownerSubject the citizen account that submitted the dossier; null for a walk-in dossier
     * @param amount VND outstanding: the amount stated with the payment request, else the procedure version's fee
     * @param paidPaymentId the payment already applied; null while unpaid
     */
    record Fee(
            String dossierCode,
            String status,
            String ownerSubject,
            String channel,
            String agencyCode,
            String agencyName,
            String procedureCode,
            String procedureName,
            String feeName,
            long amount,
            boolean payable,
            String notPayableReason,
            String paidPaymentId,
            String payerName,
            String payerAddress) {

        static Fee of(Dossier dossier) {
            var procedure = dossier.procedure();
            String notPayable = dossier.whyNotPayable().orElse(null);
            return new Fee(
                    dossier.code().value(),
                    dossier.status().name(),
                    dossier.ownerAccount(),
                    dossier.channel().name(),
                    procedure.agencyCode(),
                    procedure.agencyName(),
                    procedure.code(),
                    procedure.name(),
                    feeName(procedure.name()),
                    dossier.amountDue().vnd(),
                    notPayable == null,
                    notPayable,
                    dossier.paidPaymentId(),
                    dossier.applicant().fullName(),
                    dossier.applicant().address());
        }

        /**
         * "Phí, lệ phí cấp Phiếu lý lịch tư pháp ...": the snapshot keeps the fee's total, not the catalogue's fee
         * lines, so the fee is named after the procedure (whose name starts with a verb, lower-cased here).
         */
        static String feeName(String procedureName) {
            if (procedureName == null || procedureName.isBlank()) {
                return "Phí, lệ phí";
            }
            String name = procedureName.strip();
            return "Phí, lệ phí " + name.substring(0, 1).toLowerCase(java.util.Locale.forLanguageTag("vi"))
                    + name.substring(1);
        }
    }

    /** The anonymous look-up: status only. */
    record PublicStatus(String code, String status, int statusCode) {

        static PublicStatus of(Dossier dossier) {
            return new PublicStatus(
                    dossier.code().value(),
                    dossier.status().name(),
                    dossier.status().code());
        }
    }

    /** One line of a list. */
    record Summary(
            String code,
            String status,
            int statusCode,
            String procedureCode,
            String procedureName,
            String applicantName,
            String channel,
            OffsetDateTime submittedAt,
            LocalDate dueDate,
            boolean overdue,
            OffsetDateTime processedAt,
            Boolean onTime) {

        static Summary of(Dossier dossier) {
            return new Summary(
                    dossier.code().value(),
                    dossier.status().name(),
                    dossier.status().code(),
                    dossier.procedure().code(),
                    dossier.procedure().name(),
                    dossier.applicant().fullName(),
                    dossier.channel().name(),
                    local(dossier.submittedAt()),
                    dossier.dueDate(),
                    dossier.overdueAt() != null,
                    local(dossier.processedAt()),
                    dossier.onTime());
        }
    }

    /** A page of dossiers, in the envelope of every list. */
    static ListPage<Summary> page(org.springframework.data.domain.Page<Dossier> page, ListFilter filter) {
        return ListPage.of(
                        page.getContent().stream().map(Summary::of).toList(),
                        page.getNumber(),
                        page.getSize(),
                        page.getTotalElements())
                .sortedBy(filter.sortBy() + "," + (filter.ascending() ? "asc" : "desc"));
    }
}
