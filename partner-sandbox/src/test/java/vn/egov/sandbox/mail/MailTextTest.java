package vn.egov.sandbox.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTextTest {

    private final Session session = Session.getInstance(new Properties());

    @Test
    void findsThePlainTextAlternativeInsideAMixedMessageWithAnAttachment() throws Exception {
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setText("not the body", "UTF-8");
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName("bien-nhan.txt");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("Hồ sơ của ông/bà đã được tiếp nhận.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Hồ sơ của ông/bà <b>đã được tiếp nhận</b>.</p>", "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMessage message = new MimeMessage(session);
        message.setContent(new MimeMultipart("mixed", attachment, body));
        message.saveChanges();

        assertThat(MailText.plainTextOf(message)).contains("Hồ sơ của ông/bà đã được tiếp nhận.");
    }

    @Test
    void givesTheTextWithTheLineEndsItsAuthorWroteAndNoTrailingBreak() throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setText("Kính gửi ông An,\r\nHồ sơ đã có kết quả.\r\n", "UTF-8");
        message.saveChanges();

        assertThat(MailText.plainTextOf(message)).contains("Kính gửi ông An,\nHồ sơ đã có kết quả.");
    }

    @Test
    void findsNoTextInAnHtmlOnlyMessage() throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setContent("<p>Chỉ có HTML</p>", "text/html; charset=UTF-8");
        message.saveChanges();

        assertThat(MailText.plainTextOf(message)).isEmpty();
    }
}
