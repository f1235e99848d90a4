package vn.egov.catalogue.procedure;

/**
 * The SQL that picks, for every active procedure, the version in force on {@code :today}: the highest version whose
 * effective date has come. Search, statistics and promotion share it so that they always agree with the detail read.
 */
public final class CurrentVersions {

    /** A common table expression {@code current_version} with every column of {@code procedure_version}. */
    public static final String CTE =
            """
            current_version as (
                select v.* from procedure_version v
                join procedure p on p.code = v.procedure_code
                where p.status = 'ACTIVE' and v.effective_from <= :today
                  and not exists (select 1 from procedure_version n
                                  where n.procedure_code = v.procedure_code
                                    and n.effective_from <= :today and n.version > v.version))
            """;

    private CurrentVersions() {}
}
