package vn.egov.dossier.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link Statistics} in the database, in one snapshot. Days are those of Asia/Ho_Chi_Minh; a result ready on
 * its due date is on time.
 */
@Component
public class CountDossiers {

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    CountDossiers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Statistics count(StatisticsQuery query) {
        Timestamp start = Timestamp.from(query.from().atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant());
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (query.agencyLevel() != null) {
            where.append(" and d.agency_level = ?");
            args.add(query.agencyLevel());
        }
        if (query.agencyCode() != null) {
            where.append(" and d.agency_code = ?");
            args.add(query.agencyCode());
        }
        if (query.procedureCode() != null) {
            where.append(" and d.procedure_code = ?");
            args.add(query.procedureCode());
        }
        List<Object> dossierArgs = new ArrayList<>(List.of(
                start,
                end,
                start,
                end,
                start,
                end,
                start,
                end,
                zone.getId(),
                start,
                end,
                zone.getId(),
                start,
                end,
                start,
                end));
        dossierArgs.addAll(args);
        return jdbc.queryForObject(
                """
                select
                  count(*) filter (where d.submitted_at >= ? and d.submitted_at < ?) as received,
                  count(*) filter (where d.submitted_at >= ? and d.submitted_at < ? and d.channel = 'ONLINE') as online,
                  count(*) filter (where d.processed_at >= ? and d.processed_at < ?) as processed,
                  count(*) filter (where d.processed_at >= ? and d.processed_at < ?
                                   and (d.processed_at at time zone ?)::date <= d.due_date) as on_time,
                  count(*) filter (where d.processed_at >= ? and d.processed_at < ?
                                   and (d.processed_at at time zone ?)::date > d.due_date) as late,
                  count(distinct d.procedure_code) filter (where d.submitted_at >= ? and d.submitted_at < ?)
                    as procedures,
                  count(distinct d.procedure_code) filter (where d.submitted_at >= ? and d.submitted_at < ?
                                                           and d.channel = 'ONLINE') as online_procedures
                from dossier d
                """
                        + where,
                (rs, n) -> {
                    long received = rs.getLong("received");
                    long online = rs.getLong("online");
                    long processed = rs.getLong("processed");
                    long onTime = rs.getLong("on_time");
                    long procedures = rs.getLong("procedures");
                    long onlineProcedures = rs.getLong("online_procedures");
                    return new Statistics(
                            query,
                            received,
                            online,
                            Statistics.share(online, received),
                            processed,
                            onTime,
                            rs.getLong("late"),
                            Statistics.share(onTime, processed),
                            apologies(start, end, where.toString(), args),
                            procedures,
                            onlineProcedures,
                            Statistics.share(onlineProcedures, procedures));
                },
                dossierArgs.toArray());
    }

    private long apologies(Timestamp start, Timestamp end, String where, List<Object> filters) {
        List<Object> args = new ArrayList<>(filters);
        args.add(start);
        args.add(end);
        return jdbc.queryForObject(
                "select count(*) from dossier_apology a join dossier d on d.id = a.dossier_id" + where
                        + " and a.issued_at >= ? and a.issued_at < ?",
                Long.class,
                args.toArray());
    }
}
