package vn.egov.sandbox.mail;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * An SMTP server (GreenMail, SMTP only) that accepts any sender and any recipient, with or without AUTH, and keeps
 * every message in the recipient's mailbox. Starts and stops with the application context.
 */
@Component
public class SmtpServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmtpServer.class);

    private final SmtpProperties properties;
    private volatile GreenMail greenMail;

    public SmtpServer(SmtpProperties properties) {
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        // Authentication disabled: a client that logs in with any user name and password is let in, like one that
        // does not log in at all; recipients get mailboxes on first delivery.
        GreenMail server = new GreenMail(
                        new ServerSetup(properties.port(), properties.host(), ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(aConfig().withDisabledAuthentication());
        server.start();
        greenMail = server;
        log.info("Sandbox SMTP server listening on {}:{}", properties.host(), properties.port());
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public boolean isRunning() {
        return greenMail != null;
    }

    /**
     * Every message received, once per recipient mailbox; empty while the server is stopped. GreenMail's user list is
     * not safe to iterate while a message for a new recipient arrives, so a listing that met one is read again.
     */
    List<Delivery> deliveries() {
        for (int attempt = 1; ; attempt++) {
            try {
                return listDeliveries();
            } catch (ConcurrentModificationException arrivedMeanwhile) {
                if (attempt == 10) {
                    throw arrivedMeanwhile;
                }
            }
        }
    }

    private List<Delivery> listDeliveries() {
        GreenMail server = greenMail;
        if (server == null) {
            return List.of();
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (GreenMailUser user : server.getUserManager().listUser()) {
            for (StoredMessage message : inboxOf(server, user)) {
                deliveries.add(new Delivery(user.getEmail(), message));
            }
        }
        return deliveries;
    }

    /** Empties every mailbox. */
    void purge() {
        GreenMail server = greenMail;
        if (server == null) {
            return;
        }
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not empty the sandbox mailboxes", e);
        }
    }

    private static List<StoredMessage> inboxOf(GreenMail server, GreenMailUser user) {
        try {
            return server.getManagers().getImapHostManager().getInbox(user).getMessages();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not read the sandbox mailbox of " + user.getEmail(), e);
        }
    }

    /**
     * A message as delivered to one mailbox.
     *
     * @param recipient the mailbox's address
     * @param message the stored message
     */
    record Delivery(String recipient, StoredMessage message) {}
}
