package vn.egov.dossier.statistics;

/**
 * Counts over a period, as an officer would count them by hand from the dossier lists:
 *
 * <ul>
 *   <li>{@code received}: dossiers submitted (online) or received (counter) on a day of the period;
 *       {@code online} of them online;
 *   <li>{@code processed}: dossiers whose result became ready (PROCESSED) on a day of the period; {@code onTime} those
 *       ready on or before their legal due date (moved by clock pauses, never by an apology), {@code late} the others;
 *   <li>{@code apologies}: apologies (form 04) issued during the period;
 *   <li>{@code procedures}: distinct procedures with at least one dossier received in the period;
 *       {@code proceduresWithOnline} those with at least one online dossier among them.
 * </ul>
 *
 * Shares are fractions between 0 and 1, rounded to four decimals, and null when there is nothing to divide by.
 */
public record Statistics(
        StatisticsQuery query,
        long received,
        long online,
        Double onlineShare,
        long processed,
        long onTime,
        long late,
        Double onTimeRate,
        long apologies,
        long procedures,
        long proceduresWithOnline,
        Double onlineProcedureShare) {

    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
