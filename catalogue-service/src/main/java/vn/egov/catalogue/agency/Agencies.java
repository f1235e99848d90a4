package vn.egov.catalogue.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agencies table. */
@Repository
public class Agencies {

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agency> all() {
        return jdbc.sql("select code, name, tier, parent_code from agency order by code")
                .query((rs, i) -> new Agency(
                        rs.getString("code"),
                        rs.getString("name"),
                        AgencyTier.valueOf(rs.getString("tier")),
                        rs.getString("parent_code")))
                .list();
    }

    public Optional<Agency> find(String code) {
        return jdbc.sql("select code, name, tier, parent_code from agency where code = ?")
                .param(code)
                .query((rs, i) -> new Agency(
                        rs.getString("code"),
                        rs.getString("name"),
                        AgencyTier.valueOf(rs.getString("tier")),
                        rs.getString("parent_code")))
                .optional();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from agency)")
                .query(Boolean.class)
                .single();
    }

    /** Inserts agencies in any order: the parent reference is checked at commit. */
    public void addAll(Collection<Agency> agencies) {
        for (Agency agency : agencies) {
            jdbc.sql("insert into agency (code, name, tier, parent_code) values (?, ?, ?, ?)")
                    .params(agency.code(), agency.name(), agency.tier().name(), agency.parentCode())
                    .update();
        }
    }
}
