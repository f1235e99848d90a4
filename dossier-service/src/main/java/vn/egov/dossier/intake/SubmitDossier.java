package vn.egov.dossier.intake;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.dossier.catalogue.Procedure;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierContent;

/**
 * A citizen submits a dossier online. The procedure is checked against the catalogue before any write (an unknown
 * procedure or a delivery option it does not offer is a 400 and stores nothing); the dossier, its first history entry,
 * the {@code vn.egov.dossier.submitted} event and the idempotency record then commit together ({@link StoreSubmission}).
 */
@Component
public class SubmitDossier {

    private final SubmissionChecks checks;
    private final SubmissionKeys keys;
    private final StoreSubmission store;
    private final JsonMapper json;
    private final Clock clock;

    SubmitDossier(SubmissionChecks checks, SubmissionKeys keys, StoreSubmission store, JsonMapper json, Clock clock) {
        this.checks = checks;
        this.keys = keys;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Submits, or replays the receipt of the earlier submission with the same key and request.
     *
     * @param owner the citizen (token subject)
     * @param idempotencyKey the client's key for this submission
     */
    public SubmissionReceipt submit(String owner, String idempotencyKey, Submission submission) {
        SubmissionKey key = SubmissionKey.of(owner, idempotencyKey, submission);
        var earlier = keys.replay(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Procedure procedure = checks.procedureFor(submission);
        // Levels 1 and 2 inform and provide forms; only from level 3 (Decree 42/2022: "một phần") is a dossier
        // submitted online. Such procedures are received at the counter.
        if (procedure.serviceLevel() < 3) {
            throw SubmissionChecks.invalid(
                    "procedure-not-online",
                    "procedureCode",
                    "Procedure " + procedure.code() + " is at service level " + procedure.serviceLevel()
                            + " and cannot be submitted online; it is received at the counter of "
                            + procedure.agencyName());
        }
        DossierContent content = submission.contentUnder(procedure, json);
        return store.store(
                key,
                owner,
                procedure,
                submission.documents(),
                submission.applicableCases(),
                LocalDate.now(clock),
                code -> Dossier.submittedOnline(code, owner, content, clock.instant()));
    }
}
