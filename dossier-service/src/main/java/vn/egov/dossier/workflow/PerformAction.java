package vn.egov.dossier.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.attachment.SubmittedDocuments;
import vn.egov.dossier.calendar.WorkingCalendar;
import vn.egov.dossier.catalogue.Catalogue;
import vn.egov.dossier.catalogue.Procedure;
import vn.egov.dossier.dossier.Actor;
import vn.egov.dossier.dossier.Channel;
import vn.egov.dossier.dossier.DocumentReference;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierAction;
import vn.egov.dossier.dossier.DossierNotFound;
import vn.egov.dossier.dossier.DossierStore;
import vn.egov.dossier.dossier.Dossiers;
import vn.egov.dossier.dossier.Forbidden;
import vn.egov.dossier.dossier.Money;
import vn.egov.dossier.dossier.ViewDossier;
import vn.egov.dossier.result.IssueResult;
import vn.egov.dossier.result.ResultChoice;
import vn.egov.servicedefaults.problem.InvalidFields;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * An officer or the applicant moves a dossier through the workflow. The aggregate guards the transition (409 when the
 * status does not allow it); the version check at flush makes the loser of two concurrent actions get a 409 too. The
 * transition, its history entry and its event commit together.
 */
@Component
public class PerformAction {

    private final Dossiers dossiers;
    private final DossierStore store;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final IssueResult results;
    private final Catalogue catalogue;
    private final SubmittedDocuments supplementedDocuments;

    PerformAction(
            Dossiers dossiers,
            DossierStore store,
            WorkingCalendar calendar,
            Clock clock,
            IssueResult results,
            Catalogue catalogue,
            SubmittedDocuments supplementedDocuments) {
        this.dossiers = dossiers;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
        this.results = results;
        this.catalogue = catalogue;
        this.supplementedDocuments = supplementedDocuments;
    }

    /**
     * @param reason why (refuse, stop, withdraw) or what is missing (request-supplement); null when not needed
     */
    @Transactional
    public Dossier perform(String code, DossierAction action, CurrentUser user, String reason) {
        return perform(code, action, user, reason, null, null, List.of());
    }

    /**
     * @param result what {@code approve} issues (an uploaded file); null to generate it from the template
     * @param amount what {@code request-payment} asks for; null for the procedure's fee
     * @param documents what {@code supplement} brings: files the applicant uploaded for documents of the dossier's
     *     procedure, linked to the dossier with the transition
     */
    @Transactional
    public Dossier perform(
            String code,
            DossierAction action,
            CurrentUser user,
            String reason,
            ResultChoice result,
            Money amount,
            List<DocumentReference> documents) {
        Dossier dossier = dossiers.findByCode(code)
                .filter(d -> ViewDossier.mayView(d, user))
                .orElseThrow(() -> new DossierNotFound(code));
        Actor actor = actorFor(dossier, action, user);
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            throw InvalidFields.of(
                    "invalid-request", "Say why: '" + action.slug() + "' needs a reason", "reason", "is required");
        }
        if (amount != null && action != DossierAction.REQUEST_PAYMENT) {
            throw InvalidFields.of(
                    "invalid-request",
                    "Only 'request-payment' states an amount",
                    "amount",
                    "is only for request-payment");
        }
        if (!documents.isEmpty() && action != DossierAction.SUPPLEMENT) {
            throw InvalidFields.of(
                    "invalid-request", "Only 'supplement' brings documents", "documents", "are only for supplement");
        }
        Instant now = clock.instant();
        String supplied = reason;
        if (action == DossierAction.SUPPLEMENT && !documents.isEmpty()) {
            Procedure procedure = catalogue
                    .procedure(dossier.procedure().code(), dossier.procedure().version())
                    .orElseThrow(() -> new IllegalStateException(
                            "the catalogue no longer has " + dossier.procedure().code() + " version "
                                    + dossier.procedure().version()));
            List<String> named = supplementedDocuments.supplement(code, user.subject(), procedure, documents);
            String list = "Giấy tờ bổ sung: " + String.join("; ", named);
            supplied = reason == null || reason.isBlank() ? list : reason.strip() + ". " + list;
        }
        switch (action) {
            case ACCEPT -> dossier.accept(actor, now, dueDateIfAcceptedAt(dossier, now));
            case REFUSE -> dossier.refuse(actor, now, reason);
            case REQUEST_SUPPLEMENT -> dossier.requestSupplement(actor, now, reason);
            case SUPPLEMENT -> dossier.supplement(actor, now, calendar.deadlines(), supplied);
            case START_PROCESSING -> dossier.startProcessing(actor, now);
            case REQUEST_PAYMENT -> dossier.requestPayment(actor, now, amount, reason);
            case APPROVE -> dossier.approve(actor, now);
            case RETURN_RESULT -> dossier.returnResult(actor, now);
            case WITHDRAW -> dossier.withdraw(actor, now, reason);
            case STOP -> dossier.stop(actor, now, reason);
        }
        store.save(dossier);
        if (action == DossierAction.APPROVE) {
            results.issue(dossier, actor.subject(), result);
        }
        return dossier;
    }

    private static Actor actorFor(Dossier dossier, DossierAction action, CurrentUser user) {
        if (action.byOwner()) {
            if (user.has(CurrentUser.Role.CITIZEN) && dossier.isOwnedBy(user.subject())) {
                return Actor.citizen(user.subject());
            }
            // A walk-in applicant has no account: the counter officer records what they bring or say.
            if (dossier.channel() == Channel.COUNTER
                    && user.isOfficerOf(dossier.procedure().agencyCode())) {
                return Actor.officer(user.subject());
            }
        } else if (user.isOfficerOf(dossier.procedure().agencyCode())) {
            return Actor.officer(user.subject());
        }
        throw new Forbidden(
                "'" + action.slug() + "' is for " + (action.byOwner() ? "the applicant" : "an officer of the agency"));
    }

    /** Online dossiers get the reduced time; acceptance after the cut-off hour counts from the next working day. */
    private LocalDate dueDateIfAcceptedAt(Dossier dossier, Instant now) {
        return calendar.dueDate(
                LocalDateTime.ofInstant(now, clock.getZone()),
                dossier.procedure().processingDaysFor(dossier.channel()),
                dossier.procedure().cutOffHour());
    }
}
