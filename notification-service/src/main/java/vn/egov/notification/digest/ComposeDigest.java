package vn.egov.notification.digest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.egov.notification.contact.EmailAddress;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.template.NotificationTemplates;

/**
 * Renders an officer's digest (templates in {@code templates/notification/officer-digest/}): the agency's overdue
 * dossiers, then those due within the next working days, each linked to its page in the officer console, the rest of
 * a long section counted with a link to the inbox filtered the same way.
 */
@Component
class ComposeDigest {

    static final String TEMPLATES = "officer-digest/";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NotificationTemplates templates;
    private final DigestProperties properties;

    ComposeDigest(NotificationTemplates templates, DigestProperties properties) {
        this.templates = templates;
        this.properties = properties;
    }

    /** A row of a section, ready to show. */
    record Line(String code, String procedureName, String applicantName, String dueDate, int daysOverdue, String url) {}

    Message.Email compose(Officer officer, EmailAddress to, DueDossiers due, LocalDate day) {
        String console = properties.consoleUrl() + "/can-bo";
        Map<String, Object> model = Map.ofEntries(
                Map.entry("officerName", officer.name() == null ? officer.username() : officer.name()),
                Map.entry("agencyName", due.agencyName() == null ? officer.agencyCode() : due.agencyName()),
                Map.entry("date", day.format(DATE)),
                Map.entry("dueWithinDays", properties.dueWithinDays()),
                Map.entry("overdue", lines(due.overdue(), console)),
                Map.entry("overdueTotal", due.overdue().total()),
                Map.entry("overdueMore", due.overdue().more()),
                Map.entry("overdueUrl", console + "?quaHan=true"),
                Map.entry("dueSoon", lines(due.dueSoon(), console)),
                Map.entry("dueSoonTotal", due.dueSoon().total()),
                Map.entry("dueSoonMore", due.dueSoon().more()),
                Map.entry("dueSoonUrl", console + "?hanTrong=" + properties.dueWithinDays()),
                Map.entry("inboxUrl", console));
        return new Message.Email(
                to,
                templates.render(TEMPLATES + "email.subject.txt", model),
                templates.render(TEMPLATES + "email.txt", model),
                templates.render(TEMPLATES + "email.html", model));
    }

    private static List<Line> lines(DueDossiers.Section section, String console) {
        return section.items().stream()
                .map(item -> new Line(
                        item.code(),
                        item.procedureName() == null ? item.procedureCode() : item.procedureName(),
                        item.applicantName(),
                        item.dueDate().format(DATE),
                        item.daysOverdue(),
                        console + "/ho-so/" + URLEncoder.encode(item.code(), StandardCharsets.UTF_8)))
                .toList();
    }
}
