package vn.egov.catalogue.promotion;

import java.util.List;

/**
 * What the promotion rules say about one procedure, from the previous year's dossiers.
 *
 * @param year the calendar year counted (the previous one)
 * @param onlineLevel3Share share (0..1) of that year's dossiers submitted online while at level 3
 * @param eligibleLevel the level the procedure may be raised to, or null when no rule is met
 * @param reasons why each higher level is or is not allowed, in words
 */
public record Eligibility(
        String procedureCode,
        int serviceLevel,
        int year,
        long dossiers,
        long onlineDossiers,
        long onlineLevel3Dossiers,
        double onlineLevel3Share,
        Integer eligibleLevel,
        List<String> reasons) {

    /** Whether the rules allow this level (lowering or keeping a level always is). */
    public boolean allows(int level) {
        return level <= serviceLevel || (eligibleLevel != null && level <= eligibleLevel);
    }
}
