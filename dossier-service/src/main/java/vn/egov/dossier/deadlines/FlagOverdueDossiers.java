package vn.egov.dossier.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.dossier.dossier.Actor;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.DossierStore;
import vn.egov.dossier.dossier.Dossiers;

/**
 * Flags dossiers whose legal due date passed while their clock ran (accepted or in processing), once each, and
 * publishes {@code vn.egov.dossier.overdue}. Each batch locks its rows with {@code for update skip locked}, so several
 * instances of the service may scan at the same time without a scheduler lock: a dossier is flagged by exactly one.
 * A dossier due today is not late yet: the due date is the last day to return the result.
 */
@Component
public class FlagOverdueDossiers {

    private static final Logger log = LoggerFactory.getLogger(FlagOverdueDossiers.class);
    private static final Actor SCHEDULER = new Actor("dossier-service", "SERVICE");

    private final Dossiers dossiers;
    private final DossierStore store;
    private final DeadlineProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FlagOverdueDossiers(
            Dossiers dossiers,
            DossierStore store,
            DeadlineProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.dossiers = dossiers;
        this.store = store;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @return how many dossiers this run flagged */
    @Scheduled(fixedDelayString = "${egov.deadlines.overdue-scan-interval:PT5M}")
    public int run() {
        int total = 0;
        while (true) {
            Integer flagged = transactions.execute(tx -> flagBatch());
            total += flagged;
            if (flagged < properties.overdueBatchSize()) {
                if (total > 0) {
                    log.info("Flagged {} overdue dossiers", total);
                }
                return total;
            }
        }
    }

    private int flagBatch() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<Dossier> late = dossiers.lockOverdue(today, properties.overdueBatchSize());
        int flagged = 0;
        for (Dossier dossier : late) {
            if (dossier.flagOverdue(SCHEDULER, now, today)) {
                store.save(dossier);
                flagged++;
            }
        }
        return flagged;
    }
}
