package vn.egov.notification.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.contracts.codes.DossierCode;
import vn.egov.notification.delivery.Delivery;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.delivery.PlanDeliveries;
import vn.egov.notification.delivery.SendDelivery;
import vn.egov.values.PhoneNumber;

/**
 * Answers a Zalo user who wrote to the OA. A status look-up needs the dossier code and the applicant's phone; the bot
 * asks for whichever is missing and remembers the other (per user, in PostgreSQL). Anything else goes to the
 * procedure assistant. The answer is an OA customer-service text planned in the delivery log and sent like every
 * message.
 */
@Component
public class AnswerZaloMessage {

    static final String CHANNEL = "ZALO";
    static final String REPLY_TYPE = "vn.egov.notification.zalo-reply";
    static final String ASK_PHONE = "Ông/bà vui lòng gửi số điện thoại đã khai khi nộp hồ sơ %s để tra cứu.";
    static final String ASK_CODE =
            "Ông/bà vui lòng gửi mã hồ sơ cần tra cứu (in trên giấy tiếp nhận, ví dụ 000.00.15.H17-261123-0001).";
    static final String ASSISTANT_UNAVAILABLE = "Xin lỗi, trợ lý thủ tục đang bận. Ông/bà vui lòng hỏi lại sau ít"
            + " phút, hoặc gửi \"tra cứu <mã hồ sơ>\" để tra cứu hồ sơ.";

    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(\\+?84|0)[35789]\\d{8}(?!\\d)");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("(?<=\\d)[ .-](?=\\d)");

    /**
     * A text a Zalo user sent to the OA.
     *
     * @param msgId Zalo's msg_id of the message
     * @param userId the sender as the OA knows them
     * @param text what they wrote
     */
    public record ZaloText(String msgId, String userId, String text) {}

    private final InboundMessages inbound;
    private final ZaloConversations conversations;
    private final DossierStatusLookUp lookUp;
    private final AssistantClient assistant;
    private final PlanDeliveries plan;
    private final SendDelivery sendDelivery;
    private final InboundProperties properties;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    AnswerZaloMessage(
            InboundMessages inbound,
            ZaloConversations conversations,
            DossierStatusLookUp lookUp,
            AssistantClient assistant,
            PlanDeliveries plan,
            SendDelivery sendDelivery,
            InboundProperties properties,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.inbound = inbound;
        this.conversations = conversations;
        this.lookUp = lookUp;
        this.assistant = assistant;
        this.plan = plan;
        this.sendDelivery = sendDelivery;
        this.properties = properties;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    public AnswerInboundSms.Outcome answer(ZaloText message) {
        Instant now = clock.instant();
        InboundMessages.Admission admission = transactions.execute(status -> inbound.admit(
                CHANNEL,
                message.msgId(),
                message.userId(),
                now,
                properties.rateLimit().maxPerSender(),
                properties.rateLimit().window()));
        if (admission == InboundMessages.Admission.DUPLICATE) {
            return count(AnswerInboundSms.Outcome.DUPLICATE);
        }
        if (admission == InboundMessages.Admission.RATE_LIMITED) {
            return count(AnswerInboundSms.Outcome.RATE_LIMITED);
        }
        ZaloConversations.State state = conversations.load(message.userId(), now);
        String text = message.text() == null ? "" : message.text();
        Optional<DossierCode> code = InboundCommand.findCode(text);
        Optional<PhoneNumber> phone = findPhone(text, code);
        boolean lookUpIntent = code.isPresent()
                || InboundCommand.hasKeyword(text)
                || InboundCommand.fold(text).contains("TRA CUU HO SO")
                || (state.awaiting() != null && phone.isPresent());
        String reply;
        String dossierCode = "-";
        ZaloConversations.State next;
        if (lookUpIntent) {
            Optional<DossierCode> knownCode =
                    code.or(() -> Optional.ofNullable(state.dossierCode()).map(DossierCode::new));
            Optional<PhoneNumber> knownPhone =
                    phone.or(() -> Optional.ofNullable(state.phone()).flatMap(PhoneNumber::tryParse));
            if (knownCode.isPresent() && knownPhone.isPresent()) {
                DossierStatusLookUp.Answer answer = lookUp.lookUp(knownCode.get(), knownPhone.get());
                if (answer instanceof DossierStatusLookUp.Found found) {
                    dossierCode = found.code().value();
                }
                reply = answer.text();
                next = state.clearLookUp();
            } else if (knownCode.isPresent()) {
                reply = ASK_PHONE.formatted(knownCode.get().value());
                next = new ZaloConversations.State(
                        knownCode.get().value(), null, "PHONE", state.assistantConversationId());
            } else {
                reply = ASK_CODE;
                next = new ZaloConversations.State(
                        null,
                        knownPhone.map(PhoneNumber::msisdn).orElse(null),
                        "CODE",
                        state.assistantConversationId());
            }
        } else {
            Optional<AssistantClient.Reply> answer = assistant.ask(state.assistantConversationId(), text);
            reply = answer.map(AssistantClient.Reply::text).orElse(ASSISTANT_UNAVAILABLE);
            next = new ZaloConversations.State(
                    state.dossierCode(),
                    state.phone(),
                    state.awaiting(),
                    answer.map(AssistantClient.Reply::conversationId).orElse(state.assistantConversationId()));
        }
        String code2 = dossierCode;
        String answerText = reply.length() > 2000 ? reply.substring(0, 1997) + "..." : reply;
        Delivery delivery = transactions.execute(status -> {
            conversations.save(message.userId(), next, clock.instant());
            inbound.answered(CHANNEL, message.msgId());
            return plan.planReply(
                    "zalo-in:" + message.msgId(),
                    REPLY_TYPE,
                    code2,
                    new Message.ZaloText(message.userId(), answerText));
        });
        sendDelivery.send(delivery.id());
        return count(AnswerInboundSms.Outcome.ANSWERED);
    }

    /** A Vietnamese mobile number in the text, the dossier code left out (its digits are not a phone). */
    static Optional<PhoneNumber> findPhone(String text, Optional<DossierCode> code) {
        String rest = InboundCommand.fold(text);
        if (code.isPresent()) {
            rest = rest.replace(code.get().value(), " ");
        }
        rest = PHONE_SEPARATORS.matcher(rest).replaceAll("");
        Matcher matcher = PHONE.matcher(rest);
        while (matcher.find()) {
            Optional<PhoneNumber> phone = PhoneNumber.tryParse(matcher.group());
            if (phone.isPresent()) {
                return phone;
            }
        }
        return Optional.empty();
    }

    private AnswerInboundSms.Outcome count(AnswerInboundSms.Outcome outcome) {
        Counter.builder("egov.notification.inbound")
                .description("Inbound citizen messages by channel and outcome")
                .tag("channel", "zalo")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .register(meters)
                .increment();
        return outcome;
    }
}
