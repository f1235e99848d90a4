package vn.egov.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Everything notification-service talks to on the way out, for one IT class: a stub of dossier-service (contacts), the
 * partner sandbox (eSMS, ZNS) and a real SMTP server, with the properties that point the service at them.
 */
public final class OutboundPartners implements AutoCloseable {

    private final DossierServiceStub dossierService = DossierServiceStub.start();
    private final SandboxPartners sandbox = SandboxPartners.start();
    private final GreenMail smtp =
            new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private OutboundPartners() {
        smtp.start();
    }

    public static OutboundPartners start() {
        return new OutboundPartners();
    }

    public DossierServiceStub dossierService() {
        return dossierService;
    }

    public SandboxPartners sandbox() {
        return sandbox;
    }

    /** Points the service at these partners (from a {@code @DynamicPropertySource}). */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("egov.dossier.url", dossierService::baseUrl);
        registry.add("egov.notification.sms.url", sandbox::baseUrl);
        registry.add("egov.notification.sms.api-key", () -> SandboxPartners.SMS_API_KEY);
        registry.add("egov.notification.sms.secret-key", () -> SandboxPartners.SMS_SECRET_KEY);
        registry.add("egov.notification.zalo.url", sandbox::baseUrl);
        registry.add("egov.notification.zalo.access-token", () -> SandboxPartners.ZNS_TOKEN);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    /** The e-mails the SMTP server received for {@code address}. */
    public List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    @Override
    public void close() {
        sandbox.close();
        dossierService.close();
        smtp.stop();
    }
}
