package vn.egov.catalogue.procedure;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.egov.catalogue.agency.AgencyTier;

/**
 * What one version of a procedure says: who handles it, at which online level, in how many working days, for which
 * fees, against which documents. Built from a {@link RulesDraft}, which names the field of each problem.
 *
 * @param onlineProcessingDays the time for online dossiers where a rule fixes it, or null for the platform's share
 */
public record ProcedureRules(
        String name,
        String sector,
        String agencyCode,
        AgencyTier agencyTier,
        int serviceLevel,
        int processingDays,
        Integer onlineProcessingDays,
        List<Fee> fees,
        List<RequiredDocument> documents,
        String resultType,
        String legalBasis,
        List<String> deliveryOptions,
        Integer cutOffHour) {

    public static final Set<String> DELIVERY_OPTIONS = Set.of("ONLINE", "POSTAL", "COUNTER");

    public ProcedureRules {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agencyTier, "agencyTier");
        if (serviceLevel < 1 || serviceLevel > 4 || processingDays < 1) {
            throw new IllegalArgumentException("invalid level or processing time");
        }
        fees = List.copyOf(fees);
        documents = List.copyOf(documents);
        deliveryOptions = List.copyOf(deliveryOptions);
    }

    public long feeTotal() {
        return fees.stream().mapToLong(Fee::amount).sum();
    }

    public OnlineMode onlineMode() {
        return OnlineMode.of(serviceLevel);
    }

    /** The explicit online time, or {@code ceil(share × processingDays)}, at least one day. */
    public int onlineProcessingDays(double defaultShare) {
        if (onlineProcessingDays != null) {
            return onlineProcessingDays;
        }
        return Math.max(1, (int) Math.ceil(processingDays * defaultShare - 1e-9));
    }

    /**
     * The same rules at another level. Receiving the result online is what level 4 means, so the online delivery
     * option follows the level.
     */
    public ProcedureRules atLevel(int level) {
        List<String> delivery = new java.util.ArrayList<>(deliveryOptions);
        delivery.remove("ONLINE");
        if (level == 4) {
            delivery.add(0, "ONLINE");
        }
        if (delivery.isEmpty()) {
            delivery.add("COUNTER");
        }
        return new ProcedureRules(
                name,
                sector,
                agencyCode,
                agencyTier,
                level,
                processingDays,
                onlineProcessingDays,
                fees,
                documents,
                resultType,
                legalBasis,
                delivery,
                cutOffHour);
    }
}
