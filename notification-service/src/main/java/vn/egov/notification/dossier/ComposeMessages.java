package vn.egov.notification.dossier;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.egov.notification.contact.DossierContact;
import vn.egov.notification.contact.EmailAddress;
import vn.egov.notification.delivery.Channel;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.sms.UnaccentedText;
import vn.egov.notification.template.NotificationTemplates;
import vn.egov.notification.zalo.ZaloProperties;
import vn.egov.values.PhoneNumber;

/**
 * Renders the messages of a notification for the channels the applicant chose, one per channel. A channel whose
 * address is missing or invalid, or that has no template, is left out (and logged): the other channels still go.
 */
@Component
public class ComposeMessages {

    private static final Logger log = LoggerFactory.getLogger(ComposeMessages.class);
    /** Below this, a shortened procedure name or reason says nothing: leave it out of the SMS instead. */
    private static final int SHORTEST_USEFUL_TEXT = 12;
    /** The model variables of free length, in the order an SMS gives them up to stay in one segment. */
    private static final List<String> SHORTENABLE = List.of("procedureName", "reason");

    private final NotificationTemplates templates;
    private final ZaloProperties zalo;

    public ComposeMessages(NotificationTemplates templates, ZaloProperties zalo) {
        this.templates = templates;
        this.zalo = zalo;
    }

    public List<Message> compose(DossierNotification notification, DossierContact contact, Map<String, Object> model) {
        Set<Channel> chosen = EnumSet.noneOf(Channel.class);
        for (String channel : contact.channels()) {
            try {
                chosen.add(Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                log.warn("Dossier {}: unknown notify channel {}", model.get("dossierCode"), channel);
            }
        }
        chosen.retainAll(notification.channels());
        List<Message> messages = new ArrayList<>();
        for (Channel channel : chosen) {
            Optional<Message> message =
                    switch (channel) {
                        case EMAIL -> email(notification, contact, model);
                        case SMS -> sms(notification, contact, model);
                        case ZALO -> zalo(notification, contact, model);
                    };
            if (message.isEmpty()) {
                log.warn(
                        "Dossier {}: no {} message (no usable address or template)", model.get("dossierCode"), channel);
            }
            message.ifPresent(messages::add);
        }
        return messages;
    }

    private Optional<Message> email(
            DossierNotification notification, DossierContact contact, Map<String, Object> model) {
        return EmailAddress.parse(contact.email())
                .map(to -> new Message.Email(
                        to,
                        templates.render(notification.template("email.subject.txt"), model),
                        templates.render(notification.template("email.txt"), model),
                        templates.render(notification.template("email.html"), model)));
    }

    private Optional<Message> sms(DossierNotification notification, DossierContact contact, Map<String, Object> model) {
        return PhoneNumber.tryParse(contact.phone()).map(to -> new Message.Sms(to, smsText(notification, model)));
    }

    /**
     * One segment when at all possible: when the text is too long, the free-length parts (the procedure name, then the
     * officer's reason) are shortened in turn, or left out; only if it is still too long does the message take more
     * segments.
     */
    private String smsText(DossierNotification notification, Map<String, Object> model) {
        Map<String, Object> shorter = new HashMap<>(model);
        UnaccentedText text = UnaccentedText.fold(templates.render(notification.template("sms.txt"), shorter));
        for (String variable : SHORTENABLE) {
            if (text.length() <= UnaccentedText.SINGLE_SEGMENT) {
                break;
            }
            if (shorter.get(variable) instanceof String value) {
                int keep = value.length() - (text.length() - UnaccentedText.SINGLE_SEGMENT) - 3;
                shorter.put(
                        variable,
                        keep >= SHORTEST_USEFUL_TEXT ? value.substring(0, keep).strip() + "..." : null);
                text = UnaccentedText.fold(templates.render(notification.template("sms.txt"), shorter));
            }
        }
        return text.value();
    }

    private Optional<Message> zalo(
            DossierNotification notification, DossierContact contact, Map<String, Object> model) {
        Optional<String> templateId = zalo.templateFor(notification.name());
        Optional<PhoneNumber> to = PhoneNumber.tryParse(contact.phone());
        if (templateId.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> data = new LinkedHashMap<>();
        notification.znsParameters().forEach((parameter, variable) -> {
            Object value = model.get(variable);
            data.put(parameter, value == null ? "" : value.toString());
        });
        String fallback = notification.channels().contains(Channel.SMS) ? smsText(notification, model) : null;
        return Optional.of(new Message.Zalo(to.get(), templateId.get(), data, fallback));
    }
}
