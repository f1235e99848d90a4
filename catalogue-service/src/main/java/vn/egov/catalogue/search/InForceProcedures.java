package vn.egov.catalogue.search;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.egov.catalogue.procedure.CurrentVersions;
import vn.egov.catalogue.procedure.OnlineMode;
import vn.egov.catalogue.procedure.ProcedureProperties;
import vn.egov.catalogue.search.index.IndexedProcedure;

/** The procedures the search index holds, read from the catalogue database, and the marker of its last change. */
@Repository
class InForceProcedures implements SearchIndex.Catalogue {

    private final JdbcClient jdbc;
    private final ProcedureProperties procedures;

    InForceProcedures(JdbcClient jdbc, ProcedureProperties procedures) {
        this.jdbc = jdbc;
        this.procedures = procedures;
    }

    /** The version in force on {@code day} of every active procedure ({@link CurrentVersions}), with its agency. */
    @Override
    public List<IndexedProcedure> inForceOn(LocalDate day) {
        return jdbc.sql(
                        "with " + CurrentVersions.CTE
                                + """
                        select c.procedure_code, c.name, c.sector, c.agency_code, a.name as agency_name, c.agency_tier,
                               c.service_level, c.version, c.effective_from, c.processing_days,
                               c.online_processing_days, c.fee_total, c.result_type
                        from current_version c join agency a on a.code = c.agency_code
                        """)
                .param("today", day)
                .query((rs, i) ->
                        IndexedProcedure.read(rs, level -> OnlineMode.of(level).name(), procedures.onlineTimeShare()))
                .list();
    }

    /**
     * Changes whenever the searchable catalogue may have changed, whichever instance wrote: every write use case
     * (create, publish a version, retire, change the level) appends to {@code procedure_audit}, whose {@code id} is a
     * sequence and never goes back, and the demo seeding, which writes no audit, adds procedures. Both are read from
     * primary-key indexes: about a millisecond at 10,000 procedures, once per refresh interval. Versions whose date
     * comes are not writes: the date check of {@link SearchIndex#refreshIfStale()} covers them.
     */
    @Override
    public String changeMarker() {
        return jdbc.sql(
                        """
                        select (select coalesce(max(id), 0) from procedure_audit) || '/'
                            || (select count(*) from procedure)
                        """)
                .query(String.class)
                .single();
    }
}
