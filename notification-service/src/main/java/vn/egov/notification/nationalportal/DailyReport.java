package vn.egov.notification.nationalportal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The day's report of dossiers whose last status the national portal lacked when it was compiled.
 *
 * @param unsynced how many there were
 * @param items the first {@link CompileDailyReport#LISTED} of them, oldest change first
 */
public record DailyReport(LocalDate day, Instant compiledAt, int unsynced, List<UnsyncedDossier> items) {}
