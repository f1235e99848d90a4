package vn.egov.servicedefaults.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class DomainProblemAnswerTest {

    static class StaleDraft extends DomainProblem {
        StaleDraft() {
            super(Kind.CONFLICT, "stale-draft", "Draft 7 was changed meanwhile");
            with("latestVersion", 8);
        }
    }

    static class LedgerAway extends DomainProblem {
        LedgerAway() {
            super(Kind.UNAVAILABLE, "ledger-unavailable", "Ledger unavailable", "Try later", null);
            retryAfter(Duration.ofMillis(300));
        }
    }

    @Test
    void answersWithTheStatusOfTheKindTheSlugAndTheMembers() {
        ResponseEntity<ProblemDetail> answer = ProblemHandlers.answer(new StaleDraft());

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        ProblemDetail body = answer.getBody();
        assertThat(body.getType()).isEqualTo(URI.create("https://egov.vn/problems/stale-draft"));
        assertThat(body.getTitle()).isEqualTo("Conflict");
        assertThat(body.getStatus()).isEqualTo(409);
        assertThat(body.getDetail()).isEqualTo("Draft 7 was changed meanwhile");
        assertThat(body.getProperties()).containsEntry("latestVersion", 8);
        assertThat(answer.getHeaders().containsHeader(HttpHeaders.RETRY_AFTER)).isFalse();
    }

    @Test
    void saysWhenToRetryInWholeSecondsAtLeastOne() {
        ResponseEntity<ProblemDetail> answer = ProblemHandlers.answer(new LedgerAway());

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getTitle()).isEqualTo("Ledger unavailable");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
    }

    @Test
    void invalidFieldsHaveTheShapeOfBeanValidation() {
        ResponseEntity<ProblemDetail> answer = ProblemHandlers.answer(InvalidFields.of("reason", "is required"));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getType()).isEqualTo(URI.create("https://egov.vn/problems/invalid-request"));
        assertThat(answer.getBody().getTitle()).isEqualTo("Invalid request");
        assertThat(answer.getBody().getDetail()).isEqualTo("Invalid fields: reason");
        assertThat(answer.getBody().getProperties())
                .containsEntry("errors", List.of(InvalidFields.error("reason", "is required")));
    }

    @Test
    void everyKindHasAStatus() {
        for (DomainProblem.Kind kind : DomainProblem.Kind.values()) {
            assertThat(ProblemHandlers.statusOf(kind).is4xxClientError()
                            || ProblemHandlers.statusOf(kind).is5xxServerError())
                    .as(kind.name())
                    .isTrue();
        }
    }
}
