package vn.egov.catalogue.assistant.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.catalogue.assistant.AskAssistant;
import vn.egov.catalogue.assistant.ProcedureAssistant;

/**
 * {@code POST /api/assistant/messages} {@code {conversationId?, text}}: the answer with the procedure (code, name,
 * link), or up to three choices, and the conversation id to send with the next message.
 */
@SecurityRequirements
@RestController
class AssistantController {

    private final AskAssistant askAssistant;

    AssistantController(AskAssistant askAssistant) {
        this.askAssistant = askAssistant;
    }

    record MessageRequest(@Size(max = 200) String conversationId, @NotBlank @Size(max = 500) String text) {}

    record MessageResponse(
            String conversationId,
            String text,
            String intent,
            ProcedureAssistant.Link procedure,
            List<ProcedureAssistant.Link> choices) {}

    @PostMapping("/api/assistant/messages")
    MessageResponse ask(@Valid @RequestBody MessageRequest request) {
        ProcedureAssistant.Reply reply = askAssistant.ask(request.conversationId(), request.text());
        return new MessageResponse(
                reply.conversationId(), reply.text(), reply.intent().name(), reply.procedure(), reply.choices());
    }
}
