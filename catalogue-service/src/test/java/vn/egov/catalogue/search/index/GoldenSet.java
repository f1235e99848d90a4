package vn.egov.catalogue.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The golden set of {@code search-golden-set.txt} and how a ranking function fares on it. */
public final class GoldenSet {

    public record Case(String query, String expected, int top, String kind) {}

    /** Queries, how many ranked their procedure first, and the misses (rank beyond {@code top}) described. */
    record Outcome(int queries, int first, List<String> misses) {}

    private GoldenSet() {}

    public static List<Case> cases() {
        try (InputStream in = GoldenSet.class.getResourceAsStream("/search-golden-set.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\\|"))
                    .map(f -> new Case(f[0], f[1], Integer.parseInt(f[2]), f[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs every case through {@code search} (a query to the first page) and counts a case as found when its procedure
     * ranks within the case's {@code top}; with {@code twinsCount}, when it or a synthetic twin is anywhere in the
     * page. The synthetic catalogue builds its names from the demo's, so for many queries dozens of synthetic
     * procedures match every query word the expected one matches, with a name no longer: the text cannot tell them
     * apart, and they may rightly rank first on the shorter name or the code.
     */
    static Outcome run(Function<String, List<ProcedureSummary>> search, boolean twinsCount) {
        List<Case> cases = cases();
        List<String> misses = new ArrayList<>();
        int first = 0;
        for (Case c : cases) {
            List<ProcedureSummary> page = search.apply(c.query());
            List<String> codes = page.stream().map(ProcedureSummary::code).toList();
            int rank = codes.indexOf(c.expected()) + 1;
            if (rank == 1) {
                first++;
            }
            boolean found = twinsCount ? rank > 0 || hasTwin(page, c, search) : rank > 0 && rank <= c.top();
            if (!found) {
                misses.add(c.kind() + " '" + c.query() + "': expected " + c.expected() + " in top "
                        + (twinsCount ? page.size() : c.top()) + ", rank " + (rank == 0 ? "none" : rank) + ", got "
                        + codes.stream().limit(3).toList());
            }
        }
        return new Outcome(cases.size(), first, misses);
    }

    private static boolean hasTwin(
            List<ProcedureSummary> page, Case c, Function<String, List<ProcedureSummary>> search) {
        List<String> name = words(search.apply(c.expected()).stream()
                .filter(p -> p.code().equals(c.expected()))
                .findFirst()
                .orElseThrow()
                .name());
        List<String> shared = SearchRequest.firstPage(c.query(), 1).text() == null
                ? List.of()
                : Arrays.stream(SearchRequest.firstPage(c.query(), 1).text().split(" "))
                        .filter(name::contains)
                        .toList();
        return page.stream()
                .filter(p -> Integer.parseInt(p.code().substring(2)) >= 500_000)
                .map(p -> words(p.name()))
                .anyMatch(twin -> twin.containsAll(shared) && twin.size() <= name.size());
    }

    private static List<String> words(String name) {
        return List.of(SearchText.fold(name).split(" "));
    }
}
