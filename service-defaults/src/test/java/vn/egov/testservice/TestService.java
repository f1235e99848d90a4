package vn.egov.testservice;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.contracts.Topics;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierSubmitted;
import vn.egov.servicedefaults.inbox.EventListenerSupport;
import vn.egov.servicedefaults.inbox.IncomingEvent;
import vn.egov.servicedefaults.inbox.ProcessedEvents;
import vn.egov.servicedefaults.outbox.ContractEvent;
import vn.egov.servicedefaults.outbox.Outbox;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.servicedefaults.security.CurrentUser;
import vn.egov.servicedefaults.security.SecurityDefaults;

/**
 * A minimal service built only from the defaults, for the integration tests of service-defaults. It lives outside
 * {@code vn.egov.servicedefaults} so that component scanning does not pick up the auto-configuration as user
 * configuration: the defaults must work the way a real service receives them.
 */
@SpringBootApplication
public class TestService {

    public static void main(String[] args) {
        SpringApplication.run(TestService.class, args);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityDefaults defaults) throws Exception {
        return defaults.apply(http)
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/**", "/open/**")
                        .permitAll()
                        .requestMatchers("/officers/**")
                        .hasRole("OFFICER")
                        .anyRequest()
                        .authenticated())
                .build();
    }

    record Greeting(@NotBlank @Size(max = 40) String text, @Valid Nested nested) {}

    record Nested(@NotBlank String code, int count) {}

    record Form(long amount, java.math.BigDecimal rate, Object data) {}

    @RestController
    static class Greetings {

        private final GreetingUseCase useCase;

        Greetings(GreetingUseCase useCase) {
            this.useCase = useCase;
        }

        @PostMapping("/greetings")
        String create(@Valid @RequestBody Greeting greeting, CurrentUser user) {
            useCase.greet(greeting.text());
            return user.subject();
        }

        @GetMapping("/open/problems/{slug}")
        String problem(@PathVariable String slug) {
            throw new ApiProblem(HttpStatus.CONFLICT, slug, "Conflict", "always conflicting").with("field", "x");
        }

        @GetMapping("/open/search")
        String search(@RequestParam(required = false) String q) {
            return q == null ? "" : q;
        }

        @PostMapping("/open/forms")
        String form(@RequestBody Form form) {
            return Long.toString(form.amount());
        }

        @GetMapping("/officers/me")
        String officer(CurrentUser user) {
            return user.agencyCode().orElse("none");
        }
    }

    @Component
    public static class GreetingUseCase {

        private final JdbcTemplate jdbc;
        private final Outbox outbox;

        GreetingUseCase(JdbcTemplate jdbc, Outbox outbox) {
            this.jdbc = jdbc;
            this.outbox = outbox;
        }

        /** Stores a greeting and announces it; a text of "fail" rolls both back. */
        @Transactional
        public void greet(String text) {
            jdbc.update("insert into greeting(text) values (?)", text);
            outbox.add(ContractEvent.of(DossierEvents.SUBMITTED, text, submitted(text), 0));
            if (text.equals("fail")) {
                throw new IllegalStateException("rolled back on purpose");
            }
        }

        public static DossierSubmitted submitted(String code) {
            return new DossierSubmitted(
                    code,
                    "1.001823",
                    1,
                    "000.00.15.H17",
                    "CITY",
                    4,
                    "ONLINE",
                    "NEW",
                    1,
                    200000,
                    OffsetDateTime.parse("2026-11-23T09:15:00+07:00"),
                    0);
        }
    }

    @Component
    static class SideEffects {

        private final EventListenerSupport events;
        private final ProcessedEvents processed;
        private final JdbcTemplate jdbc;
        private final Tracer tracer;

        SideEffects(EventListenerSupport events, ProcessedEvents processed, JdbcTemplate jdbc, Tracer tracer) {
            this.events = events;
            this.processed = processed;
            this.jdbc = jdbc;
            this.tracer = tracer;
        }

        @KafkaListener(topics = "test.side-effects")
        @Transactional
        public void on(ConsumerRecord<String, byte[]> record) {
            IncomingEvent event = events.read(record);
            if (!processed.firstDelivery("side-effects", event)) {
                return;
            }
            event.data(DossierSubmitted.class);
            Span span = tracer.currentSpan();
            jdbc.update(
                    "insert into side_effect(event_id, trace_id) values (?, ?)",
                    event.id(),
                    span == null ? null : span.context().traceId());
        }
    }

    public static final String TOPIC = Topics.DOSSIER_EVENTS;
}
