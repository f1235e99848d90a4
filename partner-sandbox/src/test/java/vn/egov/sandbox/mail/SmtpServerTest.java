package vn.egov.sandbox.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.egov.sandbox.PartnerSandboxApplication;
import vn.egov.sandbox.inbox.Channel;
import vn.egov.sandbox.inbox.InboxMessage;

class SmtpServerTest {

    private SmtpServer server;
    private ReceivedEmails emails;
    private JavaMailSenderImpl sender;

    @BeforeEach
    void startServer() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new SmtpServer(new SmtpProperties("127.0.0.1", port));
        server.start();
        emails = new ReceivedEmails(server, Clock.system(PartnerSandboxApplication.VIETNAM));
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void keepsAMessageForEveryRecipientIncludingBlindCopies() throws Exception {
        send("Hồ sơ đã được tiếp nhận", "an@example.vn", "officer@danang.gov.vn");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(emails.messages())
                .extracting(InboxMessage::to)
                .containsExactlyInAnyOrder("an@example.vn", "officer@danang.gov.vn"));
        assertThat(emails.messages()).allSatisfy(message -> {
            assertThat(message.channel()).isEqualTo(Channel.EMAIL);
            assertThat(message.subject()).isEqualTo("Hồ sơ đã được tiếp nhận");
            assertThat(message.text()).isEqualTo("Kính gửi ông Nguyễn Văn An");
            assertThat(message.providerMessageId()).startsWith("<");
            assertThat(message.time().getOffset().getId()).isEqualTo("+07:00");
        });
    }

    @Test
    void letsClientsInWhateverCredentialsTheyLogInWith() throws Exception {
        sender.setUsername("notification-service");
        sender.setPassword("anything");
        sender.getJavaMailProperties().put("mail.smtp.auth", "true");

        send("Đăng nhập", "an@example.vn", null);

        await().atMost(Duration.ofSeconds(5)).until(() -> emails.messages().size() == 1);
    }

    @Test
    void forgetsEveryMessageWhenCleared() throws Exception {
        send("Một", "an@example.vn", null);
        await().atMost(Duration.ofSeconds(5)).until(() -> emails.messages().size() == 1);

        emails.clear();

        assertThat(emails.messages()).isEmpty();
    }

    @Test
    void showsNothingOnceStopped() throws Exception {
        send("Một", "an@example.vn", null);
        await().atMost(Duration.ofSeconds(5)).until(() -> emails.messages().size() == 1);

        server.stop();

        assertThat(server.isRunning()).isFalse();
        assertThat(emails.messages()).isEmpty();
    }

    private void send(String subject, String to, String bcc) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("no-reply@dichvucong.danang.gov.vn");
        helper.setTo(to);
        if (bcc != null) {
            helper.setBcc(bcc);
        }
        helper.setSubject(subject);
        helper.setText("Kính gửi ông Nguyễn Văn An", "<p>Kính gửi ông <b>Nguyễn Văn An</b></p>");
        sender.send(message);
    }
}
