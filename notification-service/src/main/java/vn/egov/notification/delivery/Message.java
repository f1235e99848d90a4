package vn.egov.notification.delivery;

import java.util.Map;
import java.util.Objects;
import vn.egov.notification.contact.EmailAddress;
import vn.egov.values.PhoneNumber;

/** A message ready to go, exactly as it will be sent (and sent again, should a retry be needed). */
public sealed interface Message {

    Channel channel();

    /**
     * The address on the channel: {@code 84xxxxxxxxx} for SMS and ZNS, the Zalo user id for an OA text, the e-mail
     * address for e-mail.
     */
    String recipient();

    /**
     * An e-mail with an HTML and a plain-text body.
     *
     * @param to recipient
     * @param subject subject line
     * @param text plain-text body
     * @param html HTML body
     */
    record Email(EmailAddress to, String subject, String text, String html) implements Message {
        public Email {
            Objects.requireNonNull(to, "to");
            requireText(subject, "subject");
            requireText(text, "text");
            requireText(html, "html");
        }

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public String recipient() {
            return to.value();
        }
    }

    /**
     * A brandname SMS.
     *
     * @param to recipient
     * @param text unaccented text
     */
    record Sms(PhoneNumber to, String text) implements Message {
        public Sms {
            Objects.requireNonNull(to, "to");
            requireText(text, "text");
        }

        @Override
        public Channel channel() {
            return Channel.SMS;
        }

        @Override
        public String recipient() {
            return to.msisdn();
        }
    }

    /**
     * A Zalo ZNS template message: the text is the template registered with Zalo, filled with the data.
     *
     * @param to recipient
     * @param templateId the ZNS template
     * @param data template parameters
     * @param fallbackSms the notification's SMS text, sent instead should the ZNS fail; {@code null} for none
     */
    record Zalo(PhoneNumber to, String templateId, Map<String, String> data, String fallbackSms) implements Message {
        public Zalo {
            Objects.requireNonNull(to, "to");
            requireText(templateId, "templateId");
            data = Map.copyOf(data);
            fallbackSms = fallbackSms == null || fallbackSms.isBlank() ? null : fallbackSms;
        }

        public Zalo(PhoneNumber to, String templateId, Map<String, String> data) {
            this(to, templateId, data, null);
        }

        @Override
        public Channel channel() {
            return Channel.ZALO;
        }

        @Override
        public String recipient() {
            return to.msisdn();
        }
    }

    /**
     * A customer-service text of the Zalo Official Account to a user who wrote to it (an answer, not a notification).
     *
     * @param userId the Zalo user id as the OA knows it
     * @param text the text
     */
    record ZaloText(String userId, String text) implements Message {
        public ZaloText {
            requireText(userId, "userId");
            requireText(text, "text");
        }

        @Override
        public Channel channel() {
            return Channel.ZALO;
        }

        @Override
        public String recipient() {
            return userId;
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
