package vn.egov.catalogue.seeding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.catalogue.agency.Agencies;
import vn.egov.catalogue.agency.Agency;
import vn.egov.catalogue.agency.AgencyTier;
import vn.egov.catalogue.demo.DemoAgency;
import vn.egov.catalogue.demo.DemoProcedure;
import vn.egov.catalogue.demo.SyntheticCatalogue;
import vn.egov.catalogue.procedure.ProcedureVersion;
import vn.egov.catalogue.procedure.Procedures;
import vn.egov.catalogue.procedure.RulesDraft;
import vn.egov.servicedefaults.time.CityClock;

/**
 * Seeds the demo catalogue when the database holds no procedure. The demo rules are published as version 1 in force
 * since {@link #DEMO_EFFECTIVE_FROM}, bypassing the "no past date" rule of the admin API on purpose (they describe
 * the catalogue as it already is), and without events: nothing downstream caches a catalogue it has not read yet.
 * An advisory lock keeps two instances starting together from loading twice. With
 * {@code egov.catalogue.demo-data.synthetic-count} above zero, that many {@link SyntheticCatalogue} procedures (seed
 * {@value #SYNTHETIC_SEED}) are loaded after the demo ones, for benchmarks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before the search index's first build
class DemoCatalogueLoader implements ApplicationRunner {

    static final LocalDate DEMO_EFFECTIVE_FROM = LocalDate.of(2024, 1, 1);
    private static final Logger log = LoggerFactory.getLogger(DemoCatalogueLoader.class);
    private static final long LOCK_KEY = 0x6361746c6f67L; // "catlog"
    /** Fixed, so that every benchmark run searches the same catalogue. */
    static final long SYNTHETIC_SEED = 42L;

    private final DemoDataProperties properties;
    private final Agencies agencies;
    private final Procedures procedures;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    DemoCatalogueLoader(
            DemoDataProperties properties,
            Agencies agencies,
            Procedures procedures,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            JsonMapper json) {
        this.properties = properties;
        this.agencies = agencies;
        this.procedures = procedures;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
            if (!procedures.isEmpty()) {
                return;
            }
            List<DemoAgency> demoAgencies = read("catalogue/danang-agencies.json", new TypeReference<>() {});
            List<DemoProcedure> demoProcedures = read("catalogue/danang-procedures.json", new TypeReference<>() {});
            if (agencies.isEmpty()) {
                agencies.addAll(demoAgencies.stream()
                        .map(a -> new Agency(a.code(), a.name(), AgencyTier.valueOf(a.tier()), a.parentCode()))
                        .toList());
            }
            OffsetDateTime loadedAt =
                    DEMO_EFFECTIVE_FROM.atStartOfDay(CityClock.ZONE).toOffsetDateTime();
            demoProcedures.forEach(p -> create(p, loadedAt));
            log.info(
                    "Loaded the demo catalogue: {} agencies, {} procedures",
                    demoAgencies.size(),
                    demoProcedures.size());
            if (properties.syntheticCount() > 0) {
                // Benchmarks need a catalogue the size of a province's; its codes never collide with the demo's.
                List<DemoProcedure> synthetic =
                        SyntheticCatalogue.generate(properties.syntheticCount(), SYNTHETIC_SEED);
                synthetic.forEach(p -> create(p, loadedAt));
                log.info("Loaded {} synthetic procedures", synthetic.size());
            }
        });
    }

    private void create(DemoProcedure p, OffsetDateTime loadedAt) {
        RulesDraft draft = new RulesDraft(
                p.name(),
                p.sector(),
                p.agencyCode(),
                p.agencyTier(),
                p.serviceLevel(),
                p.processingDays(),
                p.onlineProcessingDays(),
                p.fees().stream()
                        .map(f -> new RulesDraft.FeeDraft(f.description(), f.amount()))
                        .toList(),
                p.documents().stream()
                        .map(d -> new RulesDraft.DocumentDraft(
                                d.name(), d.form(), d.count(), d.template(), d.condition()))
                        .toList(),
                p.resultType(),
                p.legalBasis(),
                p.deliveryOptions(),
                p.cutOffHour());
        Agency agency = agencies.find(p.agencyCode()).orElse(null);
        procedures.create(
                new ProcedureVersion(p.code(), 1, DEMO_EFFECTIVE_FROM, draft.validate(agency), loadedAt, "demo-data"));
    }

    private <T> T read(String path, TypeReference<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
