package vn.egov.web.assistant;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.WebUtils;

/**
 * The conversation with the assistant, kept in the person's session so that the chat box shows it on every page
 * without JavaScript: the conversation id the assistant gave last, and the last few questions with their answers.
 */
public final class Chat implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String ATTRIBUTE = Chat.class.getName();
    private static final int TURNS_KEPT = 10;

    private @Nullable String conversationId;
    private final List<Turn> turns = new ArrayList<>();

    /**
     * One question and its answer.
     *
     * @param lines the answer's text, line by line
     * @param procedure the procedure answered about, or null
     * @param choices the procedures to choose from, numbered from 1 in the order given
     */
    public record Turn(String question, List<String> lines, @Nullable Choice procedure, List<Choice> choices)
            implements Serializable {}

    /**
     * A procedure in an answer: its page on this site, and the number that picks it in the conversation.
     *
     * @param number 1 to 3 for a choice, 0 for the procedure answered about
     */
    public record Choice(int number, String code, String name, String href) implements Serializable {

        Choice(int number, AssistantReply.Link link) {
            this(number, link.code(), link.name(), "/thu-tuc/" + link.code());
        }
    }

    static Chat of(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            if (session.getAttribute(ATTRIBUTE) instanceof Chat existing) {
                return existing;
            }
            Chat created = new Chat();
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    /** The session's chat, or null when the person has not asked anything. */
    static @Nullable Chat existing(@Nullable HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Chat chat ? chat : null;
    }

    synchronized @Nullable String conversationId() {
        return conversationId;
    }

    /** Records the answer to a question and the conversation id to send next. */
    synchronized Turn answered(String question, AssistantReply reply) {
        AssistantReply.Link about = reply.procedure();
        List<AssistantReply.Link> offered = reply.choices() == null ? List.of() : reply.choices();
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            choices.add(new Choice(i + 1, offered.get(i)));
        }
        Turn turn = new Turn(
                question,
                reply.text().lines().filter(line -> !line.isBlank()).toList(),
                about == null ? null : new Choice(0, about),
                List.copyOf(choices));
        conversationId = reply.conversationId();
        turns.add(turn);
        if (turns.size() > TURNS_KEPT) {
            turns.remove(0);
        }
        return turn;
    }

    /** The name of the procedure a bare number picks among the last answer's choices, if it picks one. */
    synchronized @Nullable String chosen(String text) {
        if (turns.isEmpty() || !text.matches("[1-9]")) {
            return null;
        }
        int number = Integer.parseInt(text);
        return turns.get(turns.size() - 1).choices().stream()
                .filter(choice -> choice.number() == number)
                .map(Choice::name)
                .findFirst()
                .orElse(null);
    }

    public synchronized List<Turn> getTurns() {
        return List.copyOf(turns);
    }
}
