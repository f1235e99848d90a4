package vn.egov.catalogue.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.procedure.CurrentVersions;
import vn.egov.catalogue.procedure.OnlineMode;
import vn.egov.catalogue.procedure.ProcedureProperties;

/**
 * Lists the procedures in force, filtered, and ranked by relevance when there is a query. Matching is trigram word
 * similarity ({@code pg_trgm}) between the folded query and the folded name (or sector and result), so diacritics,
 * case, partial words and one-letter typos do not matter; ties go to the shorter, closer name, then the code.
 * Every value reaches SQL as a parameter; only fixed fragments are concatenated.
 */
@Service
public class SearchProcedures {

    private static final String SCORE =
            """
            (case when c.procedure_code = :raw then 10 else 0 end
             + word_similarity(:text, c.search_name)
             + 0.5 * similarity(:text, c.search_name)
             + 0.3 * word_similarity(:text, c.search_extra)
             + case when c.search_name like :prefix then 0.3 when c.search_name like :infix then 0.2 else 0 end)
            """;

    private final JdbcClient jdbc;
    private final SearchProperties search;
    private final ProcedureProperties procedures;
    private final Clock clock;

    SearchProcedures(JdbcClient jdbc, SearchProperties search, ProcedureProperties procedures, Clock clock) {
        this.jdbc = jdbc;
        this.search = search;
        this.procedures = procedures;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ProcedurePage search(SearchQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("today", LocalDate.now(clock))
                .addValue("limit", query.size())
                .addValue("offset", (long) query.page() * query.size());
        StringBuilder where = new StringBuilder(" where true");
        String order = " order by c.procedure_code";
        String score = "0";
        if (query.text() != null) {
            // SET LOCAL, for this transaction only: the threshold of the %> operator, and no sequential scan. The
            // planner cannot see that the threshold makes the trigram GIN indexes selective and scans every version
            // computing word_similarity per row (163 ms at 10,225 procedures); the bitmap index scan takes 49 ms
            // (docs/benchmarks/README.md).
            jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true),"
                            + " set_config('enable_seqscan', 'off', true)")
                    .param("threshold", Double.toString(search.wordSimilarityThreshold()))
                    .query((rs, i) -> rs.getString(1))
                    .single();
            params.addValue("text", query.text())
                    .addValue("raw", query.raw())
                    .addValue("prefix", query.text() + "%")
                    .addValue("infix", "%" + query.text() + "%");
            where.append(" and (c.search_name %> :text or c.search_extra %> :text or c.procedure_code = :raw)");
            score = SCORE;
            order = " order by score desc, length(c.name), c.procedure_code";
        }
        if (query.agencyLevel() != null) {
            where.append(" and c.agency_tier = :tier");
            params.addValue("tier", query.agencyLevel().name());
        }
        if (query.serviceLevel() != null) {
            where.append(" and c.service_level = :level");
            params.addValue("level", query.serviceLevel());
        }
        if (query.sector() != null) {
            where.append(" and egov_fold(c.sector) = egov_fold(:sector)");
            params.addValue("sector", query.sector());
        }
        String from = "with " + CurrentVersions.CTE
                + " select {columns} from current_version c join agency a on a.code = c.agency_code" + where;
        List<ProcedureSummary> content = jdbc.sql(from.replace(
                                "{columns}",
                                """
                                c.procedure_code, c.name, c.sector, c.agency_code, a.name as agency_name, c.agency_tier,
                                c.service_level, c.version, c.effective_from, c.processing_days,
                                c.online_processing_days, c.fee_total, %s as score
                                """
                                        .formatted(score))
                        + order
                        + " limit :limit offset :offset")
                .paramSource(params)
                .query((rs, i) -> {
                    int days = rs.getInt("processing_days");
                    Integer online = (Integer) rs.getObject("online_processing_days");
                    return new ProcedureSummary(
                            rs.getString("procedure_code"),
                            rs.getString("name"),
                            rs.getString("sector"),
                            rs.getString("agency_code"),
                            rs.getString("agency_name"),
                            rs.getString("agency_tier"),
                            rs.getInt("service_level"),
                            OnlineMode.of(rs.getInt("service_level")),
                            rs.getInt("version"),
                            rs.getObject("effective_from", LocalDate.class),
                            days,
                            online != null
                                    ? online
                                    : Math.max(1, (int) Math.ceil(days * procedures.onlineTimeShare() - 1e-9)),
                            rs.getLong("fee_total"));
                })
                .list();
        long total = content.size() < query.size() && (query.page() == 0 || !content.isEmpty())
                ? (long) query.page() * query.size() + content.size()
                : jdbc.sql(from.replace("{columns}", "count(*)"))
                        .paramSource(params)
                        .query(Long.class)
                        .single();
        return new ProcedurePage(content, ProcedurePage.PageMetadata.of(query.page(), query.size(), total));
    }
}
