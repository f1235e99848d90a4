package vn.egov.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.egov.catalogue.search.index.IndexedProcedure;
import vn.egov.catalogue.search.index.ProcedureIndex;
import vn.egov.catalogue.search.index.ProcedureSummary;
import vn.egov.catalogue.search.index.SearchRequest;
import vn.egov.embedded.PostgresServer;

/**
 * The raw-index baseline of the search: the very {@code ProcedureIndex} the service searches (the
 * {@code catalogue-service} jar of classifier {@code search-index}, not a copy), built in this JVM from the catalogue
 * database's rows, asked the same requests as {@code GET /api/catalogue/procedures?q=} (first page of 20, no filter,
 * the built-in abbreviations). What it leaves out is exactly the service's own cost: HTTP, Spring MVC, JSON.
 *
 * <p>The rows come from one query with the rule of {@code catalogue-service/.../procedure/CurrentVersions.java} (the
 * highest version of each active procedure whose effective date has come), copied here because the benchmark cannot
 * link to the Spring application; if that rule changes, change {@link #CTE} too. The online processing time default
 * is the service's default share (0.5), as the benchmark starts the service without overriding it.
 */
final class SearchIndexBaseline {

    static final int PAGE_SIZE = 20;
    static final double ONLINE_TIME_SHARE = 0.5;

    private static final String CTE =
            """
            current_version as (
                select v.* from procedure_version v
                join procedure p on p.code = v.procedure_code
                where p.status = 'ACTIVE' and v.effective_from <= ?
                  and not exists (select 1 from procedure_version n
                                  where n.procedure_code = v.procedure_code
                                    and n.effective_from <= ? and n.version > v.version))
            """;

    private static final String ROWS = "with " + CTE
            + """
            select c.procedure_code, c.name, c.sector, c.agency_code, a.name as agency_name, c.agency_tier,
                   c.service_level, c.version, c.effective_from, c.processing_days, c.online_processing_days,
                   c.fee_total, c.result_type
            from current_version c join agency a on a.code = c.agency_code
            """;

    private SearchIndexBaseline() {}

    /** Reads the procedures in force on {@code today} and indexes them, as the service's start-up does. */
    static ProcedureIndex load(String jdbcUrl, LocalDate today) throws SQLException {
        List<IndexedProcedure> procedures = new ArrayList<>();
        try (Connection connection =
                        DriverManager.getConnection(jdbcUrl, PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(ROWS)) {
            statement.setObject(1, today);
            statement.setObject(2, today);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    // The service's online modes (OnlineMode.of): level 4 fully online, 3 partially, others not.
                    procedures.add(IndexedProcedure.read(
                            rs, level -> level == 4 ? "FULL" : level == 3 ? "PARTIAL" : "NONE", ONLINE_TIME_SHARE));
                }
            }
        }
        return ProcedureIndex.build(procedures);
    }

    /** The codes of the first page for {@code q}, as the service would return them. */
    static List<String> firstPageCodes(ProcedureIndex index, String q) {
        return index.search(SearchRequest.firstPage(q, PAGE_SIZE)).content().stream()
                .map(ProcedureSummary::code)
                .toList();
    }
}
