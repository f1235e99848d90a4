package vn.egov.notification.dossier;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.egov.notification.delivery.Channel;

/**
 * How one dossier event type is told to the applicant.
 *
 * @param eventType the CloudEvents type, e.g. {@code vn.egov.dossier.submitted}
 * @param name the template folder {@code templates/notification/<name>/} ({@code sms.txt}, {@code email.subject.txt},
 *     {@code email.txt}, {@code email.html}) and the key of its ZNS template id in {@code egov.notification.zalo.templates}
 * @param dataClass the contract record of the event's data; reading it checks the event before anything is sent
 * @param channels the channels it has templates for
 * @param znsParameters ZNS template parameter name to template model variable
 */
public record DossierNotification(
        String eventType, String name, Class<?> dataClass, Set<Channel> channels, Map<String, String> znsParameters) {

    public DossierNotification {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataClass, "dataClass");
        channels = Set.copyOf(channels);
        znsParameters = Map.copyOf(znsParameters);
        if (channels.contains(Channel.ZALO) && znsParameters.isEmpty()) {
            throw new IllegalArgumentException(name + ": a Zalo message needs its template parameters");
        }
    }

    /** A template file of this notification, e.g. {@code dossier-submitted/sms.txt}. */
    public String template(String file) {
        return name + "/" + file;
    }
}
