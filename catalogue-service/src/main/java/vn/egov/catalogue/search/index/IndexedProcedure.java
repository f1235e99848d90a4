package vn.egov.catalogue.search.index;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * What the index holds of one procedure in force: its summary, returned as is, and the folded text it is found by.
 *
 * @param foldedName the folded name, searched word by word
 * @param foldedExtra the folded sector and result type, searched at a lower weight
 * @param foldedSector the folded sector alone, for the exact sector filter
 */
public record IndexedProcedure(ProcedureSummary summary, String foldedName, String foldedExtra, String foldedSector) {

    public IndexedProcedure {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(summary.code(), "code");
        Objects.requireNonNull(foldedName, "foldedName");
        Objects.requireNonNull(foldedExtra, "foldedExtra");
        Objects.requireNonNull(foldedSector, "foldedSector");
    }

    /** Folds the summary's name and sector, and the result type, with {@link SearchText#fold}. */
    public static IndexedProcedure of(ProcedureSummary summary, String resultType) {
        return new IndexedProcedure(
                summary,
                SearchText.fold(summary.name()),
                SearchText.fold(summary.sector() + " " + resultType),
                SearchText.fold(summary.sector()));
    }

    /**
     * One row of the procedures in force (the columns of {@code procedure_version}, with {@code agency_name}), read the
     * same way by the service and by the benchmark's raw index.
     *
     * @param onlineMode the Decree 42/2022 online mode of a service level
     * @param onlineTimeShare the share of the statutory time an online dossier gets when the version sets none
     */
    public static IndexedProcedure read(ResultSet rs, IntFunction<String> onlineMode, double onlineTimeShare)
            throws SQLException {
        int days = rs.getInt("processing_days");
        Integer online = (Integer) rs.getObject("online_processing_days");
        int level = rs.getInt("service_level");
        return of(
                new ProcedureSummary(
                        rs.getString("procedure_code"),
                        rs.getString("name"),
                        rs.getString("sector"),
                        rs.getString("agency_code"),
                        rs.getString("agency_name"),
                        rs.getString("agency_tier"),
                        level,
                        onlineMode.apply(level),
                        rs.getInt("version"),
                        rs.getObject("effective_from", LocalDate.class),
                        days,
                        online != null ? online : Math.max(1, (int) Math.ceil(days * onlineTimeShare - 1e-9)),
                        rs.getLong("fee_total")),
                rs.getString("result_type"));
    }
}
