package vn.egov.notification.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.egov.notification.contact.DossierContact;

/**
 * The variables every dossier template can use, formatted the way Vietnamese readers expect ({@code 20/03/2026},
 * {@code 09:15 23/11/2026}).
 */
final class NotificationModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    /** Shown (and sent to ZNS, which refuses blank parameters) while the dossier has no due date yet. */
    static final String NO_DUE_DATE = "sẽ được thông báo sau";

    private NotificationModel() {}

    /**
     * @param dossierCode the dossier the event is about
     * @param contact what dossier-service told about it
     * @param eventData the event's data, as published (available to templates as {@code data})
     * @param occurredAt when the event happened
     */
    static Map<String, Object> of(
            String dossierCode,
            DossierContact contact,
            Map<String, Object> eventData,
            OffsetDateTime occurredAt,
            ZoneId zone) {
        Optional<LocalDate> dueDate = dueDate(contact.dueDate(), zone);
        Map<String, Object> model = new HashMap<>();
        model.put("dossierCode", dossierCode);
        model.put("procedureCode", contact.procedureCode());
        model.put("procedureName", contact.procedureName());
        model.put("agencyName", contact.agencyName());
        model.put("fullName", contact.fullName());
        model.put("status", contact.status());
        model.put("dueDate", dueDate.map(DATE::format).orElse(null));
        model.put("dueDateText", dueDate.map(DATE::format).orElse(NO_DUE_DATE));
        model.put("occurredAt", TIME.format(occurredAt.atZoneSameInstant(zone)));
        model.put("data", eventData);
        return model;
    }

    private static Optional<LocalDate> dueDate(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            try {
                return Optional.of(
                        OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDate());
            } catch (DateTimeParseException notATime) {
                return Optional.empty();
            }
        }
    }
}
