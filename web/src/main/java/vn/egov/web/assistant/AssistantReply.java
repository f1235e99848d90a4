package vn.egov.web.assistant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The assistant's answer, as {@code POST /api/assistant/messages} gives it: the text, the procedure it is about (or
 * none), up to three procedures to choose from when the question was ambiguous, and the conversation id to send with
 * the next message.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AssistantReply(String conversationId, String text, @Nullable Link procedure, @Nullable List<Link> choices) {

    /** A procedure named in an answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Link(String code, String name) {}
}
