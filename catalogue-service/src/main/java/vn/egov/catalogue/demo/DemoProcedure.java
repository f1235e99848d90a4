package vn.egov.catalogue.demo;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One administrative procedure (thủ tục hành chính) as stored in {@code catalogue/danang-procedures.json} and as
 * produced by {@link SyntheticCatalogue}.
 *
 * @param code national procedure code such as {@code 1.001193}
 * @param name Vietnamese name with diacritics
 * @param sector the sector (lĩnh vực), for example {@code Hộ tịch}
 * @param agencyTier tier of the competent agency: {@code CITY}, {@code DISTRICT}, {@code COMMUNE} or {@code CENTRAL}
 * @param agencyCode code of the typical competent agency, which has the same tier
 * @param serviceLevel online service level 1 to 4; 3 means submit online, 4 also pay and receive the result online
 * @param processingDays statutory processing time in working days, at least one
 * @param onlineProcessingDays processing time for online dossiers where a rule sets it, or {@code null} for the
 *     platform default (a share of {@code processingDays})
 * @param fees additive fees in VND, empty or all zero when the procedure is free
 * @param documents required documents, at least one
 * @param resultType what the applicant receives
 * @param legalBasis the laws, decrees and circulars the procedure rests on
 * @param deliveryOptions how the result can be delivered: {@code ONLINE} (level 4 only), {@code POSTAL}, {@code COUNTER}
 * @param cutOffHour for same-day procedures, the hour after which a dossier is handled the next working day, or
 *     {@code null}
 */
public record DemoProcedure(
        String code,
        String name,
        String sector,
        String agencyTier,
        String agencyCode,
        int serviceLevel,
        int processingDays,
        Integer onlineProcessingDays,
        List<DemoFee> fees,
        List<DemoDocument> documents,
        String resultType,
        String legalBasis,
        List<String> deliveryOptions,
        Integer cutOffHour) {

    /** The shape of a national procedure code. */
    public static final Pattern CODE_PATTERN = Pattern.compile("^\\d\\.\\d{6}$");

    /** The accepted values of {@link #deliveryOptions()}. */
    public static final Set<String> DELIVERY_OPTIONS = Set.of("ONLINE", "POSTAL", "COUNTER");

    public DemoProcedure {
        if (code == null || !CODE_PATTERN.matcher(code).matches()) {
            throw new IllegalArgumentException("not a procedure code: " + code);
        }
        requireText(name, "name");
        requireText(sector, "sector");
        if (!DemoAgency.TIERS.contains(agencyTier)) {
            throw new IllegalArgumentException("unknown agency tier: " + agencyTier);
        }
        DemoAgency.requireCode(agencyCode);
        if (serviceLevel < 1 || serviceLevel > 4) {
            throw new IllegalArgumentException("service level must be 1 to 4: " + serviceLevel);
        }
        if (processingDays < 1) {
            throw new IllegalArgumentException("processing days must be at least 1: " + processingDays);
        }
        if (onlineProcessingDays != null && (onlineProcessingDays < 1 || onlineProcessingDays > processingDays)) {
            throw new IllegalArgumentException("online processing days must be 1 to " + processingDays);
        }
        fees = List.copyOf(Objects.requireNonNull(fees, "fees"));
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a procedure needs at least one document: " + code);
        }
        requireText(resultType, "resultType");
        requireText(legalBasis, "legalBasis");
        deliveryOptions = List.copyOf(Objects.requireNonNull(deliveryOptions, "deliveryOptions"));
        if (deliveryOptions.isEmpty() || !DELIVERY_OPTIONS.containsAll(deliveryOptions)) {
            throw new IllegalArgumentException("delivery options must be among " + DELIVERY_OPTIONS);
        }
        // Receiving the result online is what makes a service level 4.
        if (deliveryOptions.contains("ONLINE") && serviceLevel != 4) {
            throw new IllegalArgumentException("online delivery needs service level 4: " + code);
        }
        if (cutOffHour != null && (cutOffHour < 0 || cutOffHour > 23)) {
            throw new IllegalArgumentException("cut-off hour must be 0 to 23: " + cutOffHour);
        }
    }

    /** The sum of the fees in VND. */
    public long totalFee() {
        return fees.stream().mapToLong(DemoFee::amount).sum();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
