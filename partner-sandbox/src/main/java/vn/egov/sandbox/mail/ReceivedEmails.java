package vn.egov.sandbox.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.egov.sandbox.inbox.Channel;
import vn.egov.sandbox.inbox.InboxMessage;
import vn.egov.sandbox.inbox.MessageSource;

/** The e-mails the SMTP server received, as inbox messages: one per recipient mailbox. */
@Component
public class ReceivedEmails implements MessageSource {

    private final SmtpServer smtpServer;
    private final Clock clock;

    public ReceivedEmails(SmtpServer smtpServer, Clock clock) {
        this.smtpServer = smtpServer;
        this.clock = clock;
    }

    @Override
    public List<InboxMessage> messages() {
        return smtpServer.deliveries().stream().map(this::toInboxMessage).toList();
    }

    @Override
    public void clear() {
        smtpServer.purge();
    }

    private InboxMessage toInboxMessage(SmtpServer.Delivery delivery) {
        MimeMessage message = delivery.message().getMimeMessage();
        try {
            return new InboxMessage(
                    Channel.EMAIL,
                    delivery.recipient().toLowerCase(Locale.ROOT),
                    message.getSubject(),
                    MailText.plainTextOf(message).orElse(null),
                    OffsetDateTime.ofInstant(
                            delivery.message().getReceivedDate().toInstant(), clock.getZone()),
                    message.getMessageID(),
                    null);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read an e-mail received by the sandbox", e);
        }
    }
}
