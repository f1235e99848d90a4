package vn.egov.notification.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.notification.contact.EmailAddress;
import vn.egov.notification.delivery.Delivery;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.delivery.PlanDeliveries;
import vn.egov.notification.delivery.SendDelivery;

/**
 * Sends each officer one e-mail on each working morning with their agency's overdue and soon-due dossiers.
 *
 * <p>Called every {@code check-interval}; between {@code at} and {@code until} of a working day (dossier-service's
 * calendar) it digests the officers that have no row in the digest log for the day yet. Each officer's row and the
 * delivery of the e-mail are written in one transaction, and the row's key {@code (officer, day)} lets only one
 * writer through: two instances, or a run after a crash, never send a second digest. The delivery is then sent like
 * every other message (and retried by {@code RetryDeliveries} should SMTP fail or the service stop before sending).
 * An officer whose agency has nothing overdue or due soon gets no e-mail; one without an address neither.
 */
@Component
public class SendOfficerDigests {

    static final String EVENT_TYPE = "vn.egov.notification.officer-digest";

    private static final Logger log = LoggerFactory.getLogger(SendOfficerDigests.class);

    private final OfficerDirectory directory;
    private final DossierDeadlinesClient dossiers;
    private final ComposeDigest compose;
    private final OfficerDigests digests;
    private final PlanDeliveries planDeliveries;
    private final SendDelivery sendDelivery;
    private final DigestMetrics metrics;
    private final DigestProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    private volatile LocalDate dayOffTold;

    SendOfficerDigests(
            OfficerDirectory directory,
            DossierDeadlinesClient dossiers,
            ComposeDigest compose,
            OfficerDigests digests,
            PlanDeliveries planDeliveries,
            SendDelivery sendDelivery,
            DigestMetrics metrics,
            DigestProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.directory = directory;
        this.dossiers = dossiers;
        this.compose = compose;
        this.digests = digests;
        this.planDeliveries = planDeliveries;
        this.sendDelivery = sendDelivery;
        this.metrics = metrics;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * What one run did, officer by officer.
     *
     * @param workingDay true when the day was checked and is a working day; false on a day off, and outside the
     *     morning window, where nothing is checked
     * @param alreadyDone officers whose digest of the day had been dealt with before this run
     * @param failed officers left for the next run because a service did not answer
     */
    public record Run(
            LocalDate day, boolean workingDay, int sent, int nothingDue, int noEmail, int alreadyDone, int failed) {

        static Run idle(LocalDate day, boolean workingDay) {
            return new Run(day, workingDay, 0, 0, 0, 0, 0);
        }
    }

    /** Digests the officers still waiting for today's digest, if now is a working morning; else does nothing. */
    public Run run() {
        ZonedDateTime now = clock.instant().atZone(properties.zone());
        LocalDate today = now.toLocalDate();
        LocalTime time = now.toLocalTime();
        if (time.isBefore(properties.at()) || !time.isBefore(properties.until())) {
            return Run.idle(today, false);
        }
        if (today.equals(dayOffTold)) {
            return Run.idle(today, false);
        }
        if (!dossiers.day(today.toString()).workingDay()) {
            // Told once per day and instance; the next checks of the day need not ask dossier-service again.
            dayOffTold = today;
            metrics.dayOff();
            log.info("Officers' digest for {}: not a working day, none sent", today);
            return Run.idle(today, false);
        }
        return digest(today);
    }

    private Run digest(LocalDate day) {
        Set<String> done = digests.officersDone(day);
        List<Officer> officers = directory.officers().items();
        Map<String, List<Officer>> waiting = officers.stream()
                .filter(officer -> officer.agencyCode() != null && !done.contains(officer.username()))
                .collect(Collectors.groupingBy(Officer::agencyCode, LinkedHashMap::new, Collectors.toList()));
        int sent = 0;
        int nothingDue = 0;
        int noEmail = 0;
        int alreadyDone = (int) officers.stream()
                .filter(officer -> done.contains(officer.username()))
                .count();
        int failed = 0;
        for (Map.Entry<String, List<Officer>> agency : waiting.entrySet()) {
            DueDossiers due;
            try {
                due = dossiers.dueDossiers(
                        agency.getKey(), day.toString(), properties.dueWithinDays(), properties.listLimit());
            } catch (RuntimeException e) {
                log.warn(
                        "Officers' digest for {}: dossiers of {} not available, next check tries again: {}",
                        day,
                        agency.getKey(),
                        e.toString());
                failed += agency.getValue().size();
                metrics.unavailable(agency.getValue().size());
                continue;
            }
            for (Officer officer : agency.getValue()) {
                Optional<OfficerDigests.Outcome> outcome = digest(officer, due, day);
                if (outcome.isEmpty()) {
                    alreadyDone++;
                    continue;
                }
                metrics.recorded(outcome.get());
                switch (outcome.get()) {
                    case SENT -> sent++;
                    case NOTHING_DUE -> nothingDue++;
                    case NO_EMAIL -> noEmail++;
                }
            }
        }
        Run run = new Run(day, true, sent, nothingDue, noEmail, alreadyDone, failed);
        if (sent + nothingDue + noEmail + failed > 0) {
            log.info(
                    "Officers' digest for {}: {} sent, {} with nothing due, {} without e-mail, {} done before, "
                            + "{} left for the next check",
                    day,
                    sent,
                    nothingDue,
                    noEmail,
                    alreadyDone,
                    failed);
        }
        return run;
    }

    /** @return empty when another run had recorded the officer's digest of the day first */
    private Optional<OfficerDigests.Outcome> digest(Officer officer, DueDossiers due, LocalDate day) {
        Optional<EmailAddress> to = officer.emailAddress();
        OfficerDigests.Outcome outcome = to.isEmpty()
                ? OfficerDigests.Outcome.NO_EMAIL
                : due.isEmpty() ? OfficerDigests.Outcome.NOTHING_DUE : OfficerDigests.Outcome.SENT;
        Message.Email email =
                outcome == OfficerDigests.Outcome.SENT ? compose.compose(officer, to.get(), due, day) : null;
        Recorded recorded = transactions.execute(tx -> {
            if (!digests.record(officer, day, outcome, due, clock.instant())) {
                return Recorded.BEFORE;
            }
            if (email == null) {
                return new Recorded(true, null);
            }
            Delivery delivery = planDeliveries.planReply(eventId(officer, day), EVENT_TYPE, "-", email);
            digests.deliveredBy(officer, day, delivery.id());
            return new Recorded(true, delivery.id());
        });
        if (!recorded.first()) {
            return Optional.empty();
        }
        if (recorded.deliveryId() != null) {
            // After the commit and outside it, as for every message; RetryDeliveries takes over should this fail.
            sendDelivery.send(recorded.deliveryId());
        }
        return Optional.of(outcome);
    }

    /** @param deliveryId null when no e-mail is to go */
    private record Recorded(boolean first, UUID deliveryId) {
        static final Recorded BEFORE = new Recorded(false, null);
    }

    static String eventId(Officer officer, LocalDate day) {
        return "officer-digest:" + day + ":" + officer.username();
    }
}
