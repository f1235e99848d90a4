package vn.egov.sandbox.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the sandbox SMTP server listens.
 *
 * @param host the address to bind; loopback by default so the open relay is not reachable from the network
 * @param port the SMTP port
 */
@ConfigurationProperties("sandbox.smtp")
public record SmtpProperties(@DefaultValue("127.0.0.1") String host, @DefaultValue("3025") int port) {}
