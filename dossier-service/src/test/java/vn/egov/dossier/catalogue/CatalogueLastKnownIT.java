package vn.egov.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.egov.dossier.CatalogueStub;
import vn.egov.dossier.IntegrationTestBase;
import vn.egov.servicedefaults.time.CityClock;

/**
 * The last known copy of a procedure, served when the fresh entry has expired and the catalogue cannot answer. Each
 * test has a {@link Catalogue} of its own over the service's real Feign client and {@link CatalogueStub}, with a
 * fresh-cache time-to-live of a millisecond, so that every look-up after the first asks the catalogue.
 */
@ExtendWith(OutputCaptureExtension.class)
class CatalogueLastKnownIT extends IntegrationTestBase {

    static final String PROCEDURE = CatalogueStub.JUDICIAL_RECORD;
    static final Duration TIMEOUT = Duration.ofMillis(300);
    static final int ATTEMPTS = 2;
    /** Enough for the tests of failures to see every attempt before the circuit opens. */
    static final int MINIMUM_CALLS = 8;

    @Autowired
    CatalogueClient client;

    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    Catalogue lookUps;

    @BeforeEach
    void catalogueWithATinyTimeToLive() {
        lookUps = new Catalogue(
                client,
                new CatalogueProperties(
                        CatalogueStub.shared().url(),
                        TIMEOUT,
                        ATTEMPTS,
                        Duration.ofMillis(10),
                        50,
                        MINIMUM_CALLS,
                        Duration.ofSeconds(30),
                        Duration.ofMillis(1),
                        100,
                        0,
                        Duration.ofSeconds(5)),
                meters,
                CityClock.system());
    }

    @AfterEach
    void stopCalls() {
        CatalogueStub.shared().hanging(false);
        lookUps.destroy();
    }

    /** Found while the catalogue answers, then past the fresh entry's millisecond. */
    Procedure seenAndExpired() throws InterruptedException {
        Procedure procedure = lookUps.procedure(PROCEDURE).orElseThrow();
        Thread.sleep(20);
        return procedure;
    }

    double served(String reason) {
        return meters.get(Catalogue.STALE_SERVED)
                .tag("reason", reason)
                .counter()
                .count();
    }

    @Nested
    class WhenTheInstanceStarts {

        @Test
        void warmsUpWithProceduresThatThenHaveALastKnownCopy() throws InterruptedException {
            assertThat(lookUps.warmUp(List.of("9.999999", PROCEDURE), Duration.ofSeconds(10)))
                    .isEqualTo(1);
            Thread.sleep(20); // past the fresh entry's millisecond, as seenAndExpired
            CatalogueStub.shared().failingWith(503);

            assertThat(lookUps.procedure(PROCEDURE)).isPresent();
            assertThat(served("failed")).isEqualTo(1);
        }

        @Test
        void stopsAtTheFirstFailureWithoutOpeningTheCircuit() {
            CatalogueStub.shared().failingWith(503);
            int before = CatalogueStub.shared().requests();

            assertThat(lookUps.warmUp(List.of(PROCEDURE, CatalogueStub.COUNTER_ONLY), Duration.ofSeconds(10)))
                    .isZero();

            assertThat(CatalogueStub.shared().requests() - before).isEqualTo(1);
            assertThat(lookUps.circuitBreaker().getMetrics().getNumberOfFailedCalls())
                    .isZero();
        }
    }

    @Nested
    class WhenTheCatalogueFails {

        @Test
        void answersTheLastKnownProcedureAfterAskingTheCatalogueAndWarnsOnce(CapturedOutput output) throws Exception {
            Procedure seen = seenAndExpired();
            CatalogueStub.shared().failingWith(503);
            int before = CatalogueStub.shared().requests();

            assertThat(lookUps.procedure(PROCEDURE)).contains(seen);
            assertThat(lookUps.procedure(PROCEDURE)).contains(seen);

            assertThat(CatalogueStub.shared().requests() - before).as("asked").isEqualTo(2 * ATTEMPTS);
            assertThat(served("failed")).isEqualTo(2);
            assertThat(output.getOut().split("serving procedure " + PROCEDURE + " as last known from", -1))
                    .hasSize(2);
        }

        @Test
        void answersTheLastKnownProcedureWhenTheCatalogueHangs() throws Exception {
            Procedure seen = seenAndExpired();
            CatalogueStub.shared().hanging(true);

            Instant start = Instant.now();
            assertThat(lookUps.procedure(PROCEDURE)).contains(seen);

            assertThat(Duration.between(start, Instant.now()))
                    .isGreaterThanOrEqualTo(TIMEOUT)
                    .isLessThan(TIMEOUT.multipliedBy(ATTEMPTS).plusSeconds(1));
            assertThat(served("failed")).isEqualTo(1);
        }

        @Test
        void answersTheLastKnownCopyOfAVersion() throws Exception {
            Procedure seen = seenAndExpired();
            CatalogueStub.shared().failingWith(503);

            assertThat(lookUps.procedure(PROCEDURE, seen.version())).contains(seen);
        }

        @Test
        void stillRefusesAProcedureNeverSeen() throws Exception {
            seenAndExpired();
            CatalogueStub.shared().failingWith(503);

            assertThatThrownBy(() -> lookUps.procedure(CatalogueStub.COUNTER_ONLY))
                    .isInstanceOf(CatalogueUnavailable.class);
            assertThat(served("failed")).isZero();
        }

        @Test
        void refusesAProcedureForgottenOnACatalogueEvent() throws Exception {
            seenAndExpired();
            lookUps.forget(PROCEDURE);
            CatalogueStub.shared().failingWith(503);

            assertThatThrownBy(() -> lookUps.procedure(PROCEDURE)).isInstanceOf(CatalogueUnavailable.class);
            assertThat(lookUps.remembers(PROCEDURE)).isFalse();
        }

        @Test
        void refusesEverythingAfterForgetAll() throws Exception {
            seenAndExpired();
            lookUps.forgetAll();
            CatalogueStub.shared().failingWith(503);

            assertThatThrownBy(() -> lookUps.procedure(PROCEDURE)).isInstanceOf(CatalogueUnavailable.class);
        }
    }

    @Nested
    class WhenTheCircuitIsOpen {

        @Test
        void answersTheLastKnownProcedureAtOnceWithoutCallingTheCatalogue() throws Exception {
            Procedure seen = seenAndExpired();
            lookUps.circuitBreaker().transitionToOpenState();
            int before = CatalogueStub.shared().requests();

            Instant start = Instant.now();
            assertThat(lookUps.procedure(PROCEDURE)).contains(seen);

            assertThat(Duration.between(start, Instant.now())).isLessThan(TIMEOUT);
            assertThat(CatalogueStub.shared().requests()).isEqualTo(before);
            assertThat(served("open")).isEqualTo(1);
        }

        @Test
        void keepsAnsweringOnceFailuresOpenedIt() throws Exception {
            Procedure seen = seenAndExpired();
            CatalogueStub.shared().hanging(true);
            while (lookUps.circuitBreaker().getState() != CircuitBreaker.State.OPEN) {
                assertThat(lookUps.procedure(PROCEDURE)).contains(seen);
            }
            int whenOpened = CatalogueStub.shared().requests();
            double servedWhenOpened = served("open");

            Instant start = Instant.now();
            assertThat(lookUps.procedure(PROCEDURE)).contains(seen);

            assertThat(Duration.between(start, Instant.now())).isLessThan(TIMEOUT);
            assertThat(CatalogueStub.shared().requests()).isEqualTo(whenOpened);
            assertThat(served("open")).isEqualTo(servedWhenOpened + 1);
        }

        @Test
        void refusesAtOnceAProcedureNeverSeen() {
            lookUps.circuitBreaker().transitionToOpenState();

            Instant start = Instant.now();
            assertThatThrownBy(() -> lookUps.procedure(PROCEDURE))
                    .isInstanceOfSatisfying(CatalogueUnavailable.class, unavailable -> assertThat(unavailable.reason())
                            .isEqualTo("the catalogue circuit is open"));
            assertThat(Duration.between(start, Instant.now())).isLessThan(TIMEOUT);
        }
    }

    @Nested
    class WhenTheCatalogueAnswersNotFound {

        @Test
        void answersEmptyForAnUnknownProcedure() {
            assertThat(lookUps.procedure("9.999999")).isEmpty();
        }

        /** The stub serves no versions: it answers 404 for any version, even one last known. */
        @Test
        void answersEmptyEvenWithALastKnownCopy() throws Exception {
            Procedure seen = seenAndExpired();

            assertThat(lookUps.procedure(PROCEDURE, seen.version())).isEmpty();
            assertThat(served("failed") + served("open")).isZero();
        }
    }
}
