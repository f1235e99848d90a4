package vn.egov.notification.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender of notification e-mails (the SMTP relay itself is {@code spring.mail.host/port}).
 *
 * @param from sender, with a display name in Vietnamese
 */
@ConfigurationProperties("egov.notification.mail")
public record MailProperties(@DefaultValue("Cổng DVC Đà Nẵng <no-reply@egov.danang.gov.vn>") String from) {}
