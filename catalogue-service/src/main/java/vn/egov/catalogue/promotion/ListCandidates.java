package vn.egov.catalogue.promotion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.procedure.CurrentVersions;

/** The procedures in force that last year's dossiers make eligible for a higher level, most dossiers first. */
@Service
public class ListCandidates {

    private final JdbcClient jdbc;
    private final PromotionRules rules;
    private final PromotionProperties properties;
    private final Clock clock;

    ListCandidates(JdbcClient jdbc, PromotionRules rules, PromotionProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Eligibility> candidates() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear() - 1;
        return jdbc.sql(
                        "with " + CurrentVersions.CTE
                                + """
                        select c.procedure_code, c.service_level, d.total, d.online, d.online_level3
                        from current_version c join dossier_count d
                          on d.procedure_code = c.procedure_code and d.year = :year
                        where (c.service_level < 3 and d.total >= :minDossiers)
                           or (c.service_level = 3 and d.total > 0 and d.online_level3 >= :minShare * d.total)
                        order by d.total desc, c.procedure_code
                        """)
                .param("today", today)
                .param("year", year)
                .param("minDossiers", properties.level3MinDossiers())
                .param("minShare", properties.level4MinOnlineShare())
                .query((rs, i) -> rules.judge(
                        rs.getInt("service_level"),
                        new DossierCounts.Count(
                                rs.getString("procedure_code"),
                                year,
                                rs.getLong("total"),
                                rs.getLong("online"),
                                rs.getLong("online_level3"))))
                .list();
    }
}
