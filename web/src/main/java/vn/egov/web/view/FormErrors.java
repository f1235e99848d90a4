package vn.egov.web.view;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The errors of a form as the page shows them: in a summary at the top, each linked to its field, and again next to
 * the field itself. Fields are named by the id of their input, so that the summary's links move the focus there.
 */
public final class FormErrors {

    private final List<Entry> entries = new ArrayList<>();

    /**
     * One error.
     *
     * @param field the id of the input it concerns; null for an error of the whole form
     * @param label the field's name as the form shows it
     * @param message what is wrong and how to put it right, in Vietnamese
     */
    public record Entry(@Nullable String field, String label, String message) {}

    /** Adds an error for a field, unless that field already has one (the first explanation is kept). */
    public FormErrors add(String field, String label, String message) {
        if (!has(field)) {
            entries.add(new Entry(field, label, message));
        }
        return this;
    }

    /** Adds an error of the whole form. */
    public FormErrors addGlobal(String message) {
        entries.add(new Entry(null, "", message));
        return this;
    }

    public boolean has(String field) {
        return entries.stream().anyMatch(entry -> field.equals(entry.field()));
    }

    public @Nullable String message(String field) {
        return entries.stream()
                .filter(entry -> field.equals(entry.field()))
                .map(Entry::message)
                .findFirst()
                .orElse(null);
    }

    public List<Entry> getAll() {
        return List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
