package vn.egov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttemptTest {

    @Test
    void namesAnErrorAnswerByItsStatusAndTheLastSegmentOfItsProblemType() {
        String body = "{\"type\":\"https://egov.vn/problems/service-unavailable\",\"title\":\"Service unavailable\","
                + "\"status\":503}";

        Attempt attempt =
                new Attempt(Attempt.Kind.SUBMISSION, "k", 1, 0, 1, 503, false, Attempt.problemType(503, body));

        assertThat(attempt.answer()).isEqualTo("503 service-unavailable");
    }

    @Test
    void namesASuccessOrAnAnswerWithoutProblemByItsStatusAlone() {
        assertThat(Attempt.problemType(201, "{\"type\":\"dossier\"}")).isNull();
        assertThat(Attempt.problemType(502, "<html>bad gateway</html>")).isNull();
        assertThat(new Attempt(Attempt.Kind.CALLBACK, "k", 1, 0, 1, 0, false, null).answer())
                .isEqualTo("0");
    }
}
