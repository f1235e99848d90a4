package vn.egov.web.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class SubmissionStateTest {

    @Test
    void onlyTheFirstOfManyRequestsWithOneFormKeySubmits() throws Exception {
        SubmissionState state = SubmissionState.of(new MockHttpSession());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<CompletableFuture<SubmissionState.Outcome>>>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            claims.add(pool.submit(() -> {
                start.await();
                return state.claim("key-1", new CompletableFuture<>());
            }));
        }
        start.countDown();
        int first = 0;
        for (Future<Optional<CompletableFuture<SubmissionState.Outcome>>> claim : claims) {
            if (claim.get().isEmpty()) {
                first++;
            }
        }
        pool.shutdown();

        assertThat(first).isEqualTo(1);
    }

    @Test
    void aReleasedKeyMaySubmitAgain() {
        SubmissionState state = SubmissionState.of(new MockHttpSession());

        assertThat(state.claim("key-1", new CompletableFuture<>())).isEmpty();
        state.release("key-1");

        assertThat(state.claim("key-1", new CompletableFuture<>())).isEmpty();
    }

    @Test
    void theSessionKeepsOneStateAndTheDraftsFiles() {
        MockHttpSession session = new MockHttpSession();
        SubmissionState.of(session).draft("2.000488").uploaded("TP1", new SubmissionState.Uploaded("a", "x.pdf", 1));

        assertThat(SubmissionState.of(session)
                        .existingDraft("2.000488")
                        .orElseThrow()
                        .files())
                .containsOnlyKeys("TP1");
    }
}
