package vn.egov.catalogue.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.egov.catalogue.procedure.CatalogueChanged;

/**
 * Keeps {@link SearchIndex} fresh. At start-up it builds the index synchronously, as the last application runner
 * (after the demo seeding), so the service reports ready only once it can search. After every committed catalogue
 * write in this instance it rebuilds in the writer's thread, so the write's HTTP response leaves after the index
 * shows it. Every {@code egov.catalogue.search.refresh-interval} it rebuilds if the date changed or the database's
 * change marker moved (writes by another instance): across instances, search is eventually consistent within that
 * interval.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchIndexRefresh implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRefresh.class);

    private final SearchIndex index;
    private final SearchProperties properties;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "search-index-refresh");
        thread.setDaemon(true);
        return thread;
    });

    SearchIndexRefresh(SearchIndex index, SearchProperties properties, MeterRegistry meters) {
        this.index = index;
        this.properties = properties;
        Gauge.builder(
                        "egov.catalogue.search.indexed",
                        index,
                        i -> i.snapshot() == null ? 0 : i.snapshot().index().size())
                .description("Procedures in this instance's search index")
                .register(meters);
        Gauge.builder(
                        "egov.catalogue.search.build.duration",
                        index,
                        i -> i.snapshot() == null ? 0 : i.snapshot().buildMillis())
                .description("How long the current search index took to read and build")
                .baseUnit("milliseconds")
                .register(meters);
        Gauge.builder(
                        "egov.catalogue.search.built",
                        index,
                        i -> i.snapshot() == null ? 0 : i.snapshot().builtAt().getEpochSecond())
                .description("When the current search index was built (epoch seconds)")
                .baseUnit("seconds")
                .register(meters);
    }

    @Override
    public void run(ApplicationArguments args) {
        index.rebuild("start-up");
        long every = properties.refreshInterval().toMillis();
        checks.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(CatalogueChanged change) {
        try {
            index.rebuild("procedure " + change.code() + " changed");
        } catch (RuntimeException e) {
            // The write is committed and must not be reported as failed; the periodic check retries (the marker moved).
            log.error(
                    "Search index rebuild after a change of {} failed; the periodic check will retry",
                    change.code(),
                    e);
        }
    }

    private void check() {
        try {
            index.refreshIfStale();
        } catch (RuntimeException e) {
            // A failing check must not end the schedule; the old snapshot keeps serving.
            log.warn("Search index freshness check failed", e);
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
