package vn.egov.dossier.catalogue;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Before the instance reports ready, looks up the procedures of the last day's dossiers, the most used first ({@link
 * Catalogue#warmUp}); an application runner, so readiness waits for it, at most {@code egov.catalogue.warm-up-time}.
 */
@Component
class CatalogueWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueWarmUp.class);

    private final Catalogue catalogue;
    private final JdbcTemplate jdbc;
    private final CatalogueProperties properties;

    CatalogueWarmUp(Catalogue catalogue, JdbcTemplate jdbc, CatalogueProperties properties) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.warmUp() <= 0) {
            return;
        }
        long start = System.nanoTime();
        List<String> codes = recentProcedures();
        int found = catalogue.warmUp(codes, properties.warmUpTime());
        log.info(
                "Catalogue warmed up: {} of the {} procedures of the last day's dossiers in {} ms",
                found,
                codes.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The codes of the procedures of the last day's dossiers, the most used first. */
    List<String> recentProcedures() {
        return jdbc.queryForList(
                """
                select procedure_code from dossier where submitted_at > now() - interval '1 day'
                group by procedure_code order by count(*) desc, procedure_code limit ?
                """,
                String.class,
                properties.warmUp());
    }
}
