package vn.egov.notification.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.egov.notification.delivery.Delivery;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.delivery.PlanDeliveries;
import vn.egov.notification.delivery.SendDelivery;
import vn.egov.values.PhoneNumber;

/**
 * Answers an SMS sent to the city's short code: a status look-up ({@code TRACUU <code>}) gets the status, the due date
 * and the next step when the sender is the dossier's applicant, the neutral "not found" otherwise; anything else gets
 * the help text. The answer is a brandname SMS planned in the delivery log and sent like every notification (retried
 * while the provider is down). A message seen before, or one over its sender's limit, is not answered.
 */
@Component
public class AnswerInboundSms {

    static final String CHANNEL = "SMS";
    static final String REPLY_TYPE = "vn.egov.notification.sms-reply";
    static final String HELP = "Để tra cứu hồ sơ, soạn: TRACUU <mã hồ sơ>, ví dụ TRACUU 000.00.15.H17-261123-0001,"
            + " gửi từ số điện thoại đã khai khi nộp hồ sơ.";

    private static final Logger log = LoggerFactory.getLogger(AnswerInboundSms.class);

    /** What became of an inbound message. */
    public enum Outcome {
        ANSWERED,
        DUPLICATE,
        RATE_LIMITED
    }

    /**
     * An SMS as the provider delivered it.
     *
     * @param messageId the provider's id of the message
     * @param from the sender
     * @param text what the sender wrote
     */
    public record InboundSms(String messageId, PhoneNumber from, String text) {}

    private final InboundMessages inbound;
    private final DossierStatusLookUp lookUp;
    private final PlanDeliveries plan;
    private final SendDelivery sendDelivery;
    private final InboundProperties properties;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    AnswerInboundSms(
            InboundMessages inbound,
            DossierStatusLookUp lookUp,
            PlanDeliveries plan,
            SendDelivery sendDelivery,
            InboundProperties properties,
            TransactionTemplate transactions,
            MeterRegistry meters,
            Clock clock) {
        this.inbound = inbound;
        this.lookUp = lookUp;
        this.plan = plan;
        this.sendDelivery = sendDelivery;
        this.properties = properties;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    public Outcome answer(InboundSms sms) {
        InboundMessages.Admission admission = transactions.execute(status -> inbound.admit(
                CHANNEL,
                sms.messageId(),
                sms.from().msisdn(),
                clock.instant(),
                properties.rateLimit().maxPerSender(),
                properties.rateLimit().window()));
        if (admission == InboundMessages.Admission.DUPLICATE) {
            count(Outcome.DUPLICATE);
            return Outcome.DUPLICATE;
        }
        if (admission == InboundMessages.Admission.RATE_LIMITED) {
            log.info("SMS {} from {} over the sender's limit, not answered", sms.messageId(), masked(sms.from()));
            count(Outcome.RATE_LIMITED);
            return Outcome.RATE_LIMITED;
        }
        String dossierCode = "-";
        String text;
        InboundCommand command = InboundCommand.parse(sms.text());
        if (command instanceof InboundCommand.LookUp lookUpCommand) {
            DossierStatusLookUp.Answer answer = lookUp.lookUp(lookUpCommand.code(), sms.from());
            if (answer instanceof DossierStatusLookUp.Found found) {
                dossierCode = found.code().value();
            }
            text = answer.text();
        } else {
            text = HELP;
        }
        String code = dossierCode;
        Delivery delivery = transactions.execute(status -> {
            inbound.answered(CHANNEL, sms.messageId());
            return plan.planReply("sms-mo:" + sms.messageId(), REPLY_TYPE, code, new Message.Sms(sms.from(), text));
        });
        sendDelivery.send(delivery.id());
        count(Outcome.ANSWERED);
        return Outcome.ANSWERED;
    }

    private void count(Outcome outcome) {
        Counter.builder("egov.notification.inbound")
                .description("Inbound citizen messages by channel and outcome")
                .tag("channel", "sms")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .register(meters)
                .increment();
    }

    private static String masked(PhoneNumber phone) {
        String national = phone.national();
        return national.substring(0, 3) + "****" + national.substring(national.length() - 3);
    }
}
