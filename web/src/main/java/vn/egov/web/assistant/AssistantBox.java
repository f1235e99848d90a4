package vn.egov.web.assistant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.platform.PlatformApi;
import vn.egov.web.platform.PlatformUnavailable;

/**
 * The chat box of the procedure assistant ({@code POST /api/assistant/messages}, anonymous). Without JavaScript the
 * box is a form: the question goes here, the answer joins the conversation kept in the session, and the browser is
 * sent back to the page it was on. With JavaScript the same form is sent in the background to {@code /tro-ly/tra-loi},
 * which answers JSON, and the answer is added to the box without reloading the page.
 */
@Controller
class AssistantBox {

    private static final Logger log = LoggerFactory.getLogger(AssistantBox.class);
    /** The assistant's own limit on a question. */
    static final int MOST_CHARACTERS = 500;
    /** The pages that show the box: the home page and a procedure's page. */
    private static final Pattern PAGES_WITH_THE_BOX = Pattern.compile("/(thu-tuc/[0-9A-Za-z.-]{1,40})?");

    private final PlatformApi api;

    AssistantBox(PlatformApi api) {
        this.api = api;
    }

    @PostMapping("/tro-ly")
    String ask(
            @RequestParam(name = "text", defaultValue = "") String text,
            @RequestParam(name = "back", defaultValue = "/") String back,
            HttpSession session,
            RedirectAttributes redirect) {
        String page = PAGES_WITH_THE_BOX.matcher(back).matches() ? back : "/";
        try {
            answer(Chat.of(session), text);
        } catch (Unanswered unanswered) {
            redirect.addFlashAttribute("assistantError", unanswered.getMessage());
            redirect.addFlashAttribute("assistantTyped", text.strip());
        }
        return "redirect:" + page + "#tro-ly";
    }

    /** The same question asked by the box's script: the answer as JSON, or the reason there is none. */
    @PostMapping(path = "/tro-ly/tra-loi", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> askInTheBackground(
            @RequestParam(name = "text", defaultValue = "") String text, HttpSession session) {
        try {
            return ResponseEntity.ok(answer(Chat.of(session), text));
        } catch (Unanswered unanswered) {
            return ResponseEntity.status(unanswered.status).body(Map.of("message", unanswered.getMessage()));
        }
    }

    private Chat.Turn answer(Chat chat, String text) {
        String question = text.strip();
        if (question.isEmpty()) {
            throw new Unanswered(HttpStatus.BAD_REQUEST, "Vui lòng nhập câu hỏi.");
        }
        if (question.length() > MOST_CHARACTERS) {
            throw new Unanswered(HttpStatus.BAD_REQUEST, "Câu hỏi tối đa " + MOST_CHARACTERS + " ký tự.");
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("conversationId", chat.conversationId());
        message.put("text", question);
        try {
            AssistantReply reply = api.post(null, "/api/assistant/messages", message, null, AssistantReply.class);
            String chosen = chat.chosen(question);
            return chat.answered(chosen == null ? question : chosen, reply);
        } catch (ApiProblem refused) {
            log.info("The assistant refused a question: {} {}", refused.slug(), refused.detail());
            throw new Unanswered(
                    HttpStatus.BAD_REQUEST, "Trợ lý chưa hiểu câu hỏi này. Hãy hỏi ngắn gọn, tối đa 500 ký tự.");
        } catch (PlatformUnavailable down) {
            throw new Unanswered(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Trợ lý tạm thời chưa trả lời được. Vui lòng thử lại sau (mã tra cứu lỗi " + down.correlationId()
                            + ").");
        }
    }

    /** No answer, with what to tell the person. */
    private static final class Unanswered extends RuntimeException {

        private final HttpStatus status;

        Unanswered(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** The conversation so far, for the box on any page that shows it. */
    @ControllerAdvice
    static class ChatModel {

        @ModelAttribute("chat")
        @Nullable
        Chat chat(HttpServletRequest request) {
            return Chat.existing(request.getSession(false));
        }
    }
}
