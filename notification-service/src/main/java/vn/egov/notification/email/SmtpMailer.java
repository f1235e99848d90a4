package vn.egov.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.egov.notification.delivery.Channel;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.delivery.Provider;
import vn.egov.notification.delivery.SendResult;

/**
 * Sends e-mails (multipart/alternative: plain text and HTML) over SMTP. The {@code Message-ID} is made from the
 * delivery id, so a message sent again after a crash carries the same id and mail clients show it once.
 */
@Component
class SmtpMailer implements Provider {

    private final JavaMailSender mailSender;
    private final InternetAddress from;
    private final Clock clock;

    SmtpMailer(JavaMailSender mailSender, MailProperties properties, Clock clock) {
        this.mailSender = mailSender;
        this.from = sender(properties.from());
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendResult send(UUID deliveryId, Message message) {
        Message.Email email = (Message.Email) message;
        String messageId = "<" + deliveryId + "@"
                + from.getAddress().substring(from.getAddress().indexOf('@') + 1) + ">";
        try {
            MimeMessage mime = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(email.to().value());
            helper.setSubject(email.subject());
            helper.setText(email.text(), email.html());
            helper.setSentDate(Date.from(clock.instant()));
            // JavaMailSenderImpl keeps an explicitly set Message-ID instead of generating one.
            mime.setHeader("Message-ID", messageId);
            mailSender.send(mime);
            return new SendResult.Sent(messageId);
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            return SendResult.Failed.permanent("e-mail not composable: " + e.getMessage());
        } catch (MailAuthenticationException e) {
            return SendResult.Failed.temporary("SMTP authentication failed: " + e.getMessage());
        } catch (MailSendException e) {
            return SendResult.Failed.temporary("SMTP send failed: " + e.getMessage());
        } catch (MailException e) {
            return SendResult.Failed.temporary("SMTP failed: " + e.getMessage());
        }
    }

    private static InternetAddress sender(String configured) {
        try {
            InternetAddress parsed = new InternetAddress(configured, true);
            // Re-encode the display name: it is Vietnamese and must travel as RFC 2047 UTF-8.
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("egov.notification.mail.from is not an address: " + configured, e);
        }
    }
}
