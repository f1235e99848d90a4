package vn.egov.catalogue.promotion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dossiers received per procedure and calendar year, by channel. */
@Repository
public class DossierCounts {

    private final JdbcClient jdbc;

    DossierCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One year of one procedure. */
    public record Count(String procedureCode, int year, long total, long online, long onlineLevel3) {}

    public void add(String procedureCode, int year, boolean online, boolean atLevel3) {
        jdbc.sql(
                        """
                        insert into dossier_count (procedure_code, year, total, online, online_level3)
                        values (:code, :year, 1, :online, :level3)
                        on conflict (procedure_code, year) do update set
                            total = dossier_count.total + 1,
                            online = dossier_count.online + excluded.online,
                            online_level3 = dossier_count.online_level3 + excluded.online_level3
                        """)
                .param("code", procedureCode)
                .param("year", year)
                .param("online", online ? 1 : 0)
                .param("level3", online && atLevel3 ? 1 : 0)
                .update();
    }

    public Count of(String procedureCode, int year) {
        return jdbc.sql(
                        """
                        select total, online, online_level3 from dossier_count where procedure_code = ? and year = ?
                        """)
                .params(procedureCode, year)
                .query((rs, i) -> new Count(
                        procedureCode, year, rs.getLong("total"), rs.getLong("online"), rs.getLong("online_level3")))
                .optional()
                .orElse(new Count(procedureCode, year, 0, 0, 0));
    }
}
