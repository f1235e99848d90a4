package vn.egov.dossier.codes;

import java.sql.Date;
import java.time.LocalDate;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.egov.contracts.codes.AgencyCode;
import vn.egov.contracts.codes.DossierCode;

/**
 * Hands out dossier codes. The day's counter of an agency is one row, incremented by an upsert that commits on its
 * own: the row lock serialises concurrent submissions to the same agency on the same day for that one statement only,
 * so no two dossiers get the same number and an agency's intake is not limited by the length of a submission's
 * transaction (ADR 0006). A submission that fails after taking its number leaves the number unused, and the log says
 * which.
 */
@Component
public class DossierCodes {

    private static final Logger log = LoggerFactory.getLogger(DossierCodes.class);

    private final JdbcTemplate jdbc;

    DossierCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the next code of {@code agencyCode} for {@code day} and stores the dossier with it.
     *
     * @param store writes the dossier in its own transaction and answers its receipt (or the receipt of an earlier
     *     submission it replays, in which case the new number stays unused)
     * @param storedCode the code of the dossier a receipt is for
     */
    public <R> R issue(
            String agencyCode, LocalDate day, Function<DossierCode, R> store, Function<R, String> storedCode) {
        DossierCode code = next(agencyCode, day);
        R receipt;
        try {
            receipt = store.apply(code);
        } catch (RuntimeException e) {
            log.warn("Dossier code {} stays unused: the submission that took it failed ({})", code, e.toString());
            throw e;
        }
        String stored = storedCode.apply(receipt);
        if (!stored.equals(code.value())) {
            log.info("Dossier code {} stays unused: a concurrent identical request stored {}", code, stored);
        }
        return receipt;
    }

    /**
     * The next code of {@code agencyCode} for {@code day}, committed at once.
     *
     * @throws IllegalStateException inside a transaction, which would hold the counter's lock until it ends
     */
    public DossierCode next(String agencyCode, LocalDate day) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("take dossier codes outside the transaction that stores the dossier");
        }
        Long sequence = jdbc.queryForObject(
                """
                insert into dossier_sequence (agency_code, day, last) values (?, ?, 1)
                on conflict (agency_code, day) do update set last = dossier_sequence.last + 1
                returning last
                """,
                Long.class,
                agencyCode,
                Date.valueOf(day));
        return DossierCode.of(AgencyCode.parse(agencyCode), day, sequence);
    }
}
