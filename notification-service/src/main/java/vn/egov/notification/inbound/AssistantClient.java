package vn.egov.notification.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** catalogue-service's procedure assistant ({@code POST /api/assistant/messages}), anonymous like the web portal's. */
@Component
class AssistantClient {

    private static final Logger log = LoggerFactory.getLogger(AssistantClient.class);

    /** The assistant's answer and the conversation it keeps. */
    record Reply(String conversationId, String text) {}

    record Question(String conversationId, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(String conversationId, String text) {}

    private final RestClient http;

    AssistantClient(@Value("${egov.catalogue.url:http://localhost:8081}") String catalogueUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(Duration.ofSeconds(3));
        this.http = RestClient.builder()
                .baseUrl(catalogueUrl)
                .requestFactory(requests)
                .build();
    }

    /** The assistant's answer, or empty when it cannot answer now. */
    Optional<Reply> ask(String conversationId, String text) {
        try {
            Answer answer = http.post()
                    .uri("/api/assistant/messages")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new Question(conversationId, text))
                    .retrieve()
                    .body(Answer.class);
            if (answer == null || answer.text() == null || answer.text().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Reply(answer.conversationId(), answer.text()));
        } catch (RuntimeException e) {
            log.warn("The procedure assistant did not answer: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
