package vn.egov.dossier.dossier;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out dossier codes. The day's counter of an agency is one row, incremented by an upsert: the row lock
 * serialises concurrent submissions to the same agency on the same day, so no two dossiers get the same number (and
 * a rolled-back submission gives its number back instead of leaving a gap).
 */
@Component
public class DossierCodes {

    private final JdbcTemplate jdbc;

    DossierCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next code of {@code agencyCode} for {@code day}; call it in the transaction that stores the dossier. */
    @Transactional(propagation = Propagation.MANDATORY)
    public DossierCode next(String agencyCode, LocalDate day) {
        Long sequence = jdbc.queryForObject(
                """
                insert into dossier_sequence (agency_code, day, last) values (?, ?, 1)
                on conflict (agency_code, day) do update set last = dossier_sequence.last + 1
                returning last
                """,
                Long.class,
                agencyCode,
                Date.valueOf(day));
        return DossierCode.of(agencyCode, day, sequence);
    }
}
