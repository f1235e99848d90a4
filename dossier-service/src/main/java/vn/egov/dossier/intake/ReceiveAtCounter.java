package vn.egov.dossier.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.dossier.calendar.WorkingCalendar;
import vn.egov.dossier.catalogue.Procedure;
import vn.egov.dossier.dossier.Actor;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierContent;
import vn.egov.dossier.dossier.Forbidden;
import vn.egov.servicedefaults.security.CurrentUser;

/**
 * An officer of the competent agency receives a walk-in dossier at the counter. It is checked like an online
 * submission (procedure in the catalogue, delivery offered, required documents uploaded), but the officer checked the
 * papers on the spot, so it is accepted at once: {@code vn.egov.dossier.submitted} with status ACCEPTED, and the due
 * date runs from now with the full statutory time. {@code Idempotency-Key}s are per officer.
 */
@Component
public class ReceiveAtCounter {

    /** Counter dossiers belong to no citizen account; the applicant follows them by code and phone. */
    static final String KEEPER_PREFIX = "counter:";

    private final SubmissionChecks checks;
    private final SubmissionKeys keys;
    private final WorkingCalendar calendar;
    private final StoreSubmission store;
    private final JsonMapper json;
    private final Clock clock;

    ReceiveAtCounter(
            SubmissionChecks checks,
            SubmissionKeys keys,
            WorkingCalendar calendar,
            StoreSubmission store,
            JsonMapper json,
            Clock clock) {
        this.checks = checks;
        this.keys = keys;
        this.calendar = calendar;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    public SubmissionReceipt receive(CurrentUser officer, String idempotencyKey, Submission submission) {
        String keeper = KEEPER_PREFIX + officer.subject();
        SubmissionKey key = SubmissionKey.of(keeper, idempotencyKey, submission);
        var earlier = keys.replay(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Procedure procedure = checks.procedureFor(submission);
        if (!officer.isOfficerOf(procedure.agencyCode())) {
            throw new Forbidden(
                    "Only an officer of " + procedure.agencyCode() + " receives dossiers of this procedure");
        }
        Instant now = clock.instant();
        DossierContent content = submission.contentUnder(procedure, json);
        return store.store(
                key,
                officer.subject(),
                procedure,
                submission.documents(),
                submission.applicableCases(),
                LocalDate.ofInstant(now, clock.getZone()),
                code -> Dossier.receivedAtCounter(
                        code, keeper, Actor.officer(officer.subject()), content, now, calendar.deadlines()));
    }
}
