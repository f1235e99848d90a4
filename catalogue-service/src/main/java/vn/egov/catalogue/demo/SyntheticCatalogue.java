package vn.egov.catalogue.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates large, realistic-looking procedure catalogues for benchmarks and load tests.
 *
 * <p>Names are real Vietnamese procedure stems combined with the actions the national database uses for them
 * ("Cấp", "Cấp lại", "Gia hạn", "Điều chỉnh", "Đăng ký lại"...), each with its sector, legal basis, documents, fees and
 * processing time; agencies are the Da Nang agencies of {@code catalogue/danang-agencies.json}. Service levels follow
 * the city's published mix exactly: 40% at level 4, 93% at level 3 or 4, and commune- and district-tier procedures
 * never below level 3.
 *
 * <p>The output depends only on {@code count} and {@code seed}. Codes are unique, have the national format
 * {@code d.dddddd} and stay in the range {@code x.500000}–{@code x.999999}, which the demo catalogue does not use, so a
 * synthetic catalogue can be loaded next to the demo one.
 */
public final class SyntheticCatalogue {

    /** The largest catalogue {@link #generate} produces; the code space allows 1.5 million. */
    public static final int MAX_COUNT = 1_000_000;

    private static final String ONLINE = "ONLINE";
    private static final String POSTAL = "POSTAL";
    private static final String COUNTER = "COUNTER";

    /** Districts of Da Nang and the number of communes under each, in the order of the agencies file. */
    private static final int[] DISTRICT_SEGMENTS = {41, 42, 43, 44, 45, 46, 47};

    private static final int[] COMMUNES_PER_DISTRICT = {13, 10, 7, 4, 5, 6, 11};

    private static final String[] TIERS = {"CITY", "DISTRICT", "COMMUNE", "CENTRAL"};

    /** Share of each tier among level 3 and 4 procedures, in per mille, in the order of {@link #TIERS}. */
    private static final int[] TIER_WEIGHTS = {720, 150, 100, 30};

    private static final List<Stem> STEMS = Stems.all();

    private SyntheticCatalogue() {}

    /**
     * Generates a catalogue.
     *
     * @param count number of procedures, 0 to {@link #MAX_COUNT}
     * @param seed the same seed always gives the same catalogue
     * @return the procedures, in no particular order
     */
    public static List<DemoProcedure> generate(int count, long seed) {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be 0 to " + MAX_COUNT + ": " + count);
        }
        Random random = new Random(seed);
        List<Integer> levels = levels(count, random);
        Set<String> codes = new HashSet<>(count * 2);
        List<DemoProcedure> procedures = new ArrayList<>(count);
        for (int level : levels) {
            procedures.add(procedure(level, uniqueCode(codes, random), random));
        }
        return List.copyOf(procedures);
    }

    /** Exact quotas rather than independent draws, so that even small catalogues show the published shares. */
    private static List<Integer> levels(int count, Random random) {
        int level4 = Math.round(count * 0.40f);
        int level3or4 = Math.round(count * 0.93f);
        int level1 = Math.min(Math.round(count * 0.01f), count - level3or4);
        int level2 = count - level3or4 - level1;
        List<Integer> levels = new ArrayList<>(count);
        levels.addAll(Collections.nCopies(level4, 4));
        levels.addAll(Collections.nCopies(level3or4 - level4, 3));
        levels.addAll(Collections.nCopies(level2, 2));
        levels.addAll(Collections.nCopies(level1, 1));
        Collections.shuffle(levels, random);
        return levels;
    }

    private static String uniqueCode(Set<String> codes, Random random) {
        while (true) {
            String code = (1 + random.nextInt(3)) + "." + (500_000 + random.nextInt(500_000));
            if (codes.add(code)) {
                return code;
            }
        }
    }

    private static DemoProcedure procedure(int level, String code, Random random) {
        // Every commune and district procedure of the city is online (level 3 or 4), so the others are city ones.
        String tier = level <= 2 ? "CITY" : weightedTier(random);
        List<Stem> candidates =
                STEMS.stream().filter(s -> s.tier().equals(tier)).toList();
        Stem stem = candidates.get(random.nextInt(candidates.size()));
        Action action = stem.actions().get(random.nextInt(stem.actions().size()));
        String qualifier =
                stem.qualifiers().get(random.nextInt(stem.qualifiers().size()));

        String name = String.format(action.name(), stem.object()) + qualifier;
        String result = capitalise(String.format(action.result(), stem.object()));
        int days = Math.max(1, (stem.days() * action.daysPercent() + 99) / 100);
        List<DemoFee> fees = fees(stem, action, name);
        List<DemoDocument> documents = new ArrayList<>(stem.documents());
        if (random.nextBoolean()) {
            documents.add(new DemoDocument(
                    "Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)",
                    "ORIGINAL",
                    1,
                    null,
                    "Trường hợp ủy quyền thực hiện thủ tục"));
        }
        Integer cutOffHour = stem.sameDay() && days == 1 ? 15 : null;
        return new DemoProcedure(
                code,
                name,
                stem.sector(),
                tier,
                agency(stem, random),
                level,
                days,
                null,
                fees,
                documents,
                result,
                stem.legalBasis(),
                delivery(level, stem.physicalResult()),
                cutOffHour);
    }

    private static String weightedTier(Random random) {
        int draw = random.nextInt(1000);
        for (int i = 0; i < TIERS.length; i++) {
            draw -= TIER_WEIGHTS[i];
            if (draw < 0) {
                return TIERS[i];
            }
        }
        return TIERS[0];
    }

    private static List<DemoFee> fees(Stem stem, Action action, String name) {
        long amount = Math.round(stem.fee() * action.feePercent() / 100.0 / 1000.0) * 1000;
        if (amount == 0) {
            return List.of(new DemoFee("Không thu phí, lệ phí", 0));
        }
        return List.of(new DemoFee(stem.feeKind() + " " + lowerFirst(name), amount));
    }

    private static String agency(Stem stem, Random random) {
        return switch (stem.tier()) {
            case "DISTRICT" -> agencyCode(0, DISTRICT_SEGMENTS[random.nextInt(DISTRICT_SEGMENTS.length)]);
            case "COMMUNE" -> {
                int district = random.nextInt(DISTRICT_SEGMENTS.length);
                yield agencyCode(1 + random.nextInt(COMMUNES_PER_DISTRICT[district]), DISTRICT_SEGMENTS[district]);
            }
            default -> stem.agencyCode();
        };
    }

    private static List<String> delivery(int level, boolean physicalResult) {
        if (level == 4 && !physicalResult) {
            return List.of(ONLINE, POSTAL, COUNTER);
        }
        return level == 1 ? List.of(COUNTER) : List.of(POSTAL, COUNTER);
    }

    static String agencyCode(int unit, int segment) {
        return String.format("000.%02d.%02d.H17", unit, segment);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * What can be done with a stem: {@code name} and {@code result} are format strings taking the stem's object;
     * fee and processing time are percentages of the stem's.
     */
    record Action(String name, String result, int feePercent, int daysPercent) {

        Action {
            if (name == null || !name.contains("%s")) {
                throw new IllegalArgumentException("an action's name must contain %s for the object: " + name);
            }
            requireText(result, "result");
            if (feePercent < 0) {
                throw new IllegalArgumentException("fee percent must not be negative: " + feePercent);
            }
            if (daysPercent < 1) {
                throw new IllegalArgumentException("days percent must be at least 1: " + daysPercent);
            }
        }
    }

    /**
     * A real procedure family: its object, sector, typical agency, legal basis, documents, processing time and fee.
     * {@code agencyCode} is ignored for district and commune stems, which spread over all districts or communes.
     */
    record Stem(
            String object,
            String sector,
            String tier,
            String agencyCode,
            String legalBasis,
            int days,
            String feeKind,
            long fee,
            boolean sameDay,
            boolean physicalResult,
            List<Action> actions,
            List<String> qualifiers,
            List<DemoDocument> documents) {

        Stem {
            requireText(object, "object");
            requireText(sector, "sector");
            if (!DemoAgency.TIERS.contains(tier)) {
                throw new IllegalArgumentException("unknown agency tier: " + tier);
            }
            boolean spread = tier.equals("DISTRICT") || tier.equals("COMMUNE");
            if (spread && agencyCode != null) {
                throw new IllegalArgumentException("district and commune stems name no agency: " + object);
            }
            if (!spread) {
                DemoAgency.requireCode(agencyCode);
            }
            requireText(legalBasis, "legalBasis");
            if (days < 1) {
                throw new IllegalArgumentException("days must be at least 1: " + object);
            }
            requireText(feeKind, "feeKind");
            if (fee < 0) {
                throw new IllegalArgumentException("fee must not be negative: " + object);
            }
            actions = nonEmpty(actions, "actions", object);
            qualifiers = nonEmpty(qualifiers, "qualifiers", object);
            documents = nonEmpty(documents, "documents", object);
        }

        private static <T> List<T> nonEmpty(List<T> values, String field, String object) {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException(field + " must not be empty: " + object);
            }
            return List.copyOf(values);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
