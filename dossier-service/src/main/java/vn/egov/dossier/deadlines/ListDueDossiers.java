package vn.egov.dossier.deadlines;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.calendar.Deadlines;
import vn.egov.dossier.calendar.WorkingCalendar;

/**
 * Lists an agency's overdue dossiers and those due within some working days of a given day, as the officer inbox's
 * {@code overdue} and {@code dueWithinDays} filters do (clock running: ACCEPTED or IN_PROCESSING), for another service
 * that tells officers (notification-service's morning digest). The day is the caller's, so the list is the one of the
 * day the digest is for; the number of dossiers per section is bounded and the totals are exact.
 */
@Component
public class ListDueDossiers {

    public static final int MAX_LIMIT = 200;
    public static final int MAX_DUE_WITHIN_DAYS = 30;

    private static final String COLUMNS =
            "select code, procedure_code, procedure_name, agency_name, applicant_full_name, due_date from dossier ";
    private static final String RUNNING = "where agency_code = ? and status in ('ACCEPTED', 'IN_PROCESSING') ";

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;

    ListDueDossiers(JdbcTemplate jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * @param dueWithinDays working days after {@code on} still counted as due soon, 0 to {@link #MAX_DUE_WITHIN_DAYS}
     * @param limit dossiers listed per section, 1 to {@link #MAX_LIMIT}
     */
    @Transactional(readOnly = true)
    public DueDossiers list(String agencyCode, LocalDate on, int dueWithinDays, int limit) {
        if (dueWithinDays < 0 || dueWithinDays > MAX_DUE_WITHIN_DAYS) {
            throw new IllegalArgumentException("dueWithinDays must be between 0 and " + MAX_DUE_WITHIN_DAYS);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        Deadlines deadlines = calendar.deadlines();
        LocalDate dueBy = deadlines.extend(on, dueWithinDays);
        List<String> names = new ArrayList<>();

        List<DueDossiers.Item> overdue = jdbc.query(
                COLUMNS + RUNNING + "and due_date < ? order by due_date, id limit ?",
                (rs, n) -> {
                    names.add(rs.getString("agency_name"));
                    LocalDate due = rs.getDate("due_date").toLocalDate();
                    return item(rs.getString("code"), rs, due, workingDaysLate(deadlines, due, on));
                },
                agencyCode,
                Date.valueOf(on),
                limit);
        long overdueTotal = overdue.size() < limit
                ? overdue.size()
                : jdbc.queryForObject(
                        "select count(*) from dossier " + RUNNING + "and due_date < ?",
                        Long.class,
                        agencyCode,
                        Date.valueOf(on));

        List<DueDossiers.Item> dueSoon = jdbc.query(
                COLUMNS + RUNNING + "and due_date between ? and ? order by due_date, id limit ?",
                (rs, n) -> {
                    names.add(rs.getString("agency_name"));
                    return item(rs.getString("code"), rs, rs.getDate("due_date").toLocalDate(), 0);
                },
                agencyCode,
                Date.valueOf(on),
                Date.valueOf(dueBy),
                limit);
        long dueSoonTotal = dueSoon.size() < limit
                ? dueSoon.size()
                : jdbc.queryForObject(
                        "select count(*) from dossier " + RUNNING + "and due_date between ? and ?",
                        Long.class,
                        agencyCode,
                        Date.valueOf(on),
                        Date.valueOf(dueBy));

        String agencyName = names.stream()
                .filter(name -> name != null && !name.isBlank())
                .findFirst()
                .orElse(null);
        return new DueDossiers(
                agencyCode,
                agencyName,
                on,
                dueBy,
                new DueDossiers.Section(overdueTotal, overdue),
                new DueDossiers.Section(dueSoonTotal, dueSoon));
    }

    private static DueDossiers.Item item(String code, ResultSet rs, LocalDate due, int daysOverdue)
            throws SQLException {
        return new DueDossiers.Item(
                code,
                rs.getString("procedure_code"),
                rs.getString("procedure_name"),
                rs.getString("applicant_full_name"),
                due,
                daysOverdue);
    }

    /** The working days after the due date up to and including {@code on}: due Friday, late by 1 on Monday. */
    private static int workingDaysLate(Deadlines deadlines, LocalDate due, LocalDate on) {
        int late = 0;
        for (LocalDate day = due.plusDays(1); !day.isAfter(on); day = day.plusDays(1)) {
            if (deadlines.isWorkingDay(day)) {
                late++;
            }
        }
        return late;
    }
}
