package vn.egov.notification.nationalportal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes one dossier status change to the national portal, once.
 *
 * <p>In one transaction the change is taken into the dossier's row (locked) and its push recorded under the event id.
 * An event whose push the portal acknowledged before is not pushed again; nor is one older than the status the portal
 * has (recorded STALE): a late event never overwrites a newer status. The call to the portal is made outside any
 * transaction, and its outcome recorded after it: acknowledged (with the portal's id of the record), refused for good
 * ({@link PortalRefused}, rethrown so the consumer dead-letters the event at once) or failed for now
 * ({@link PortalUnavailable}, rethrown so the consumer tries again after a pause).
 */
@Component
public class PushStatusChange {

    private static final Logger log = LoggerFactory.getLogger(PushStatusChange.class);

    /** What became of the change. */
    public enum Outcome {
        ACKNOWLEDGED,
        ALREADY_PUSHED,
        STALE
    }

    private final SyncedDossiers dossiers;
    private final PortalPushes pushes;
    private final NationalPortalClient portal;
    private final SyncMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PushStatusChange(
            SyncedDossiers dossiers,
            PortalPushes pushes,
            NationalPortalClient portal,
            SyncMetrics metrics,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.dossiers = dossiers;
        this.pushes = pushes;
        this.portal = portal;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * @throws PortalRefused when the portal refused the record for good (recorded REFUSED)
     * @throws PortalUnavailable when it could not take it now (recorded, attempt counted)
     */
    public Outcome push(StatusChange change) {
        Decision decision = transactions.execute(tx -> decide(change));
        if (decision.skip() != null) {
            metrics.count(decision.skip() == Outcome.STALE ? "stale" : "duplicate");
            return decision.skip();
        }
        String transactionId;
        try {
            transactionId = portal.sync(decision.record());
        } catch (PortalRefused refused) {
            transactions.executeWithoutResult(
                    tx -> pushes.refused(change.eventId(), refused.getMessage(), clock.instant()));
            metrics.count("refused");
            log.warn(
                    "National portal refused status {} of {} (event {}): {}",
                    change.statusCode(),
                    change.dossierCode(),
                    change.eventId(),
                    refused.getMessage());
            throw refused;
        } catch (PortalUnavailable unavailable) {
            transactions.executeWithoutResult(
                    tx -> pushes.failed(change.eventId(), unavailable.getMessage(), clock.instant()));
            metrics.count("failed");
            throw unavailable;
        }
        transactions.executeWithoutResult(tx -> {
            pushes.acknowledged(change.eventId(), transactionId, clock.instant());
            dossiers.acknowledged(change, clock.instant());
        });
        metrics.count("acknowledged");
        return Outcome.ACKNOWLEDGED;
    }

    private Decision decide(StatusChange change) {
        SyncedDossier dossier = dossiers.see(change, clock.instant());
        PortalPushes.State state = pushes.begin(change, clock.instant());
        if (state == PortalPushes.State.ACKNOWLEDGED) {
            return Decision.skip(Outcome.ALREADY_PUSHED);
        }
        if (state == PortalPushes.State.STALE) {
            return Decision.skip(Outcome.STALE);
        }
        if (dossier.portalHasAtLeast(change.version())) {
            pushes.stale(
                    change.eventId(),
                    "the portal has version " + dossier.ackedVersion() + " (status " + dossier.ackedStatusCode()
                            + ") already",
                    clock.instant());
            return Decision.skip(Outcome.STALE);
        }
        return new Decision(null, PortalRecord.of(dossier, change));
    }

    /** Either a reason not to push, or the record to push. */
    private record Decision(Outcome skip, PortalRecord record) {
        static Decision skip(Outcome why) {
            return new Decision(why, null);
        }
    }
}
