package vn.egov.dossier.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.contracts.codes.DossierCode;
import vn.egov.dossier.attachment.DocumentsRejected;
import vn.egov.dossier.attachment.SubmittedDocuments;
import vn.egov.dossier.catalogue.Procedure;
import vn.egov.dossier.codes.DossierCodes;
import vn.egov.dossier.dossier.DocumentReference;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierStore;

/**
 * What online submission and counter intake do once the procedure is checked: check the documents (a request whose
 * files a concurrent identical request has just linked replays that one's receipt), take the agency's next code
 * ({@link DossierCodes}, outside the transaction), then in one transaction claim the idempotency key with the receipt
 * (or replay the receipt of the request that holds it), store the dossier built with that code and its first history
 * entry with {@code vn.egov.dossier.submitted} in the outbox ({@link DossierStore}), and link its documents.
 */
@Component
class StoreSubmission {

    private final DossierCodes codes;
    private final SubmissionKeys keys;
    private final DossierStore dossiers;
    private final SubmittedDocuments documents;
    private final TransactionTemplate transactions;

    StoreSubmission(
            DossierCodes codes,
            SubmissionKeys keys,
            DossierStore dossiers,
            SubmittedDocuments documents,
            PlatformTransactionManager transactionManager) {
        this.codes = codes;
        this.keys = keys;
        this.dossiers = dossiers;
        this.documents = documents;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * @param key the request's idempotency key, claimed with the dossier
     * @param submitter who uploaded the documents
     * @param procedure the procedure version the submission was checked against
     * @param submitted the documents the submission references
     * @param applicableCases the conditional documents whose case the applicant declared
     * @param day the day whose code sequence the dossier takes its number from
     * @param dossier builds the new dossier with its code
     */
    SubmissionReceipt store(
            SubmissionKey key,
            String submitter,
            Procedure procedure,
            List<DocumentReference> submitted,
            Set<String> applicableCases,
            LocalDate day,
            Function<DossierCode, Dossier> dossier) {
        try {
            documents.check(submitter, procedure, submitted, applicableCases);
        } catch (DocumentsRejected refused) {
            // The same request sent twice at once: the other one may have linked the files since the caller's replay
            // check, and then this is a replay, not a bad request.
            return keys.replay(key).orElseThrow(() -> refused);
        }
        return codes.issue(
                procedure.agencyCode(),
                day,
                code -> transactions.execute(tx -> {
                    Dossier created = dossier.apply(code);
                    SubmissionReceipt receipt = SubmissionReceipt.of(created);
                    // First, with its receipt in the same statement: a concurrent request with the same key waits here
                    // for this one's commit and then replays this receipt.
                    Optional<SubmissionReceipt> replayed = keys.claimOrReplay(tx, key, receipt);
                    if (replayed.isPresent()) {
                        return replayed.get();
                    }
                    dossiers.save(created);
                    documents.attach(created.code().value(), submitter, procedure, submitted);
                    return receipt;
                }),
                SubmissionReceipt::code);
    }
}
