package vn.egov.catalogue.promotion;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Applies the city's two rules to a procedure's level and the previous year's counts. */
@Component
public class PromotionRules {

    private final PromotionProperties properties;

    PromotionRules(PromotionProperties properties) {
        this.properties = properties;
    }

    public Eligibility judge(int serviceLevel, DossierCounts.Count count) {
        List<String> reasons = new ArrayList<>();
        double share = count.total() == 0 ? 0 : (double) count.onlineLevel3() / count.total();
        double roundedShare = Math.round(share * 10_000) / 10_000.0;
        Integer eligible = null;
        if (serviceLevel < 3) {
            if (count.total() >= properties.level3MinDossiers()) {
                eligible = 3;
                reasons.add("Level 3: " + count.total() + " dossiers in " + count.year() + " (at least "
                        + properties.level3MinDossiers() + " needed)");
            } else {
                reasons.add("Level 3 needs at least " + properties.level3MinDossiers() + " dossiers in " + count.year()
                        + "; there were " + count.total());
            }
            reasons.add("Level 4 needs level 3 first");
        } else if (serviceLevel == 3) {
            if (count.total() > 0 && share + 1e-9 >= properties.level4MinOnlineShare()) {
                eligible = 4;
                reasons.add("Level 4: " + percent(share) + " of the dossiers in " + count.year()
                        + " were online at level 3 (at least " + percent(properties.level4MinOnlineShare())
                        + " needed)");
            } else {
                reasons.add("Level 4 needs at least " + percent(properties.level4MinOnlineShare())
                        + " of the dossiers in " + count.year() + " online at level 3; there were "
                        + percent(share) + " (" + count.onlineLevel3() + " of " + count.total() + ")");
            }
        } else {
            reasons.add("Already at level 4");
        }
        return new Eligibility(
                count.procedureCode(),
                serviceLevel,
                count.year(),
                count.total(),
                count.online(),
                count.onlineLevel3(),
                roundedShare,
                eligible,
                List.copyOf(reasons));
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + "%";
    }
}
