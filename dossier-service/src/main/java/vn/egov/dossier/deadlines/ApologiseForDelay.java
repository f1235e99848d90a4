package vn.egov.dossier.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.calendar.WorkingCalendar;
import vn.egov.dossier.dossier.Actor;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierNotFound;
import vn.egov.dossier.dossier.DossierStore;
import vn.egov.dossier.dossier.Dossiers;
import vn.egov.dossier.dossier.Forbidden;
import vn.egov.dossier.dossier.ViewDossier;
import vn.egov.servicedefaults.problem.InvalidFields;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * An officer of the agency issues form 04 ("Phiếu xin lỗi và hẹn lại ngày trả kết quả") for a dossier that is or will
 * be late: the apology and its new date go into the history and out as {@code vn.egov.dossier.apology-issued}, which
 * notification-service sends to the applicant. The legal due date does not move: statistics still count the dossier as
 * late when its result comes after that date.
 */
@Component
public class ApologiseForDelay {

    private final Dossiers dossiers;
    private final DossierStore store;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ApologiseForDelay(Dossiers dossiers, DossierStore store, WorkingCalendar calendar, Clock clock) {
        this.dossiers = dossiers;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public Dossier apologise(String code, CurrentUser user, String reason, LocalDate newDueDate) {
        Dossier dossier = dossiers.findByCode(code)
                .filter(d -> ViewDossier.mayView(d, user))
                .orElseThrow(() -> new DossierNotFound(code));
        if (!user.isOfficerOf(dossier.procedure().agencyCode())) {
            throw new Forbidden("An apology is issued by an officer of the agency");
        }
        if (reason == null || reason.isBlank()) {
            throw invalid("reason", "is required");
        }
        if (newDueDate == null) {
            throw invalid("newDueDate", "is required");
        }
        try {
            dossier.apologise(Actor.officer(user.subject()), clock.instant(), reason, newDueDate, calendar.deadlines());
        } catch (IllegalArgumentException e) {
            throw invalid("newDueDate", e.getMessage());
        }
        store.save(dossier);
        return dossier;
    }

    private static InvalidFields invalid(String field, String message) {
        return InvalidFields.of(field, message);
    }
}
