package vn.egov.benchmarks;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.devstack.PlatformService;

/**
 * The portal's speed (web portal issue, item 7): the procedure page {@code /thu-tuc/{code}} through the gateway at a
 * steady rate, beside the baseline of the catalogue's procedure JSON through the same gateway (the one API call the
 * page makes), then both stepped up until they no longer keep up; and the page's weight with the CSS and JavaScript
 * it loads. The calls cycle over the catalogue's first procedures, so that no single page is all that is measured.
 */
final class PageBenchmark extends PlatformBenchmark {

    static final double P99_TARGET_MS = 50;
    static final long WEIGHT_TARGET_BYTES = 150 * 1024;
    static final Duration DRAIN = Duration.ofSeconds(15);
    static final int MAX_IN_FLIGHT = 256;
    static final Duration WARMUP_ROUND = Duration.ofSeconds(20);
    static final Duration MAX_WARMUP = Duration.ofMinutes(3);
    static final int PROCEDURES = 200;

    static final String PAGE = "procedure page (web, through the gateway)";
    static final String API = "procedure JSON (catalogue API, through the gateway)";

    static final Set<PlatformService> SERVICES = EnumSet.of(
            PlatformService.IDENTITY, PlatformService.CATALOGUE, PlatformService.WEB, PlatformService.GATEWAY);
    static final List<String> CPU_GROUPS = List.of(
            PlatformService.WEB.module(),
            PlatformService.GATEWAY.module(),
            PlatformService.CATALOGUE.module(),
            ProcessCpu.POSTGRES,
            PlatformService.IDENTITY.module(),
            ProcessCpu.GENERATOR);

    private static final Pattern ASSET =
            Pattern.compile("(?:<link[^>]+rel=\"stylesheet\"[^>]*href|<script[^>]+src)=\"([^\"]+)\"");

    /**
     * @param rate the steady rate (the target's)
     * @param duration how long the steady rate is measured
     * @param stepDuration each step of the step-up
     * @param stepFactor each step this many times the previous rate
     * @param maxSteps at most this many steps per target
     */
    record Settings(double rate, Duration duration, Duration stepDuration, double stepFactor, int maxSteps) {}

    /** One file the page loads, and its size as sent (the gateway does not compress). */
    record Asset(String path, String contentType, long bytes) {}

    private final Settings settings;
    private final List<String> codes = new ArrayList<>();
    private final List<Asset> assets = new ArrayList<>();
    private final List<LoadResult> steady = new ArrayList<>();
    private final List<LoadResult> steps = new ArrayList<>();
    private final Map<LoadResult, Double> offered = new LinkedHashMap<>();
    private JitWarmup.Outcome warmupOutcome;
    private URI gateway;
    private LoadClient load;

    PageBenchmark(Benchmarks.Context context, Settings settings) {
        super(context, "Portal page benchmark (web portal issue, item 7)", "pages.md", SERVICES, true);
        this.settings = settings;
    }

    @Override
    void prepare(Benchmarks.Started started) throws Exception {
        gateway = started.platform().url(PlatformService.GATEWAY);
        HttpClient client = HttpClient.newHttpClient();
        for (int page = 0; codes.size() < PROCEDURES && page < 10; page++) {
            HttpResponse<String> listing = client.send(
                    HttpRequest.newBuilder(URI.create(gateway + "/api/catalogue/procedures?size=100&page=" + page))
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            List<Object> content = JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(listing.body()), "items");
            if (content == null || content.isEmpty()) {
                break;
            }
            for (Object item : content) {
                @SuppressWarnings("unchecked")
                String code = (String) ((Map<String, Object>) item).get("code");
                codes.add(code);
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("the catalogue lists no procedure");
        }
        context.progress().accept("cycling over " + codes.size() + " procedures");
        weigh(client, codes.get(0));
        load = new LoadClient(MAX_IN_FLIGHT, "application/json");
        warmupOutcome = warmUp(
                List.of(
                        started.platform().managementUrl(PlatformService.WEB),
                        started.platform().managementUrl(PlatformService.GATEWAY),
                        started.platform().managementUrl(PlatformService.CATALOGUE)),
                () -> {
                    context.progress()
                            .accept("(warm-up) "
                                    + run(PAGE, settings.rate(), WARMUP_ROUND).summary());
                    context.progress()
                            .accept("(warm-up) "
                                    + run(API, settings.rate(), WARMUP_ROUND).summary());
                },
                2,
                MAX_WARMUP);
        context.progress().accept("warm-up: " + warmupOutcome.describe());
    }

    /** The page's HTML and every stylesheet and script it loads, as a browser without a cache would fetch them. */
    private void weigh(HttpClient client, String code) throws Exception {
        HttpResponse<byte[]> page = client.send(
                HttpRequest.newBuilder(URI.create(gateway + "/thu-tuc/" + code))
                        .header("Accept", "text/html")
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("the procedure page of " + code + " answered " + page.statusCode());
        }
        assets.add(new Asset("/thu-tuc/" + code, contentType(page), page.body().length));
        Set<String> paths = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(new String(page.body(), StandardCharsets.UTF_8));
        while (m.find()) {
            paths.add(m.group(1));
        }
        for (String path : paths) {
            HttpResponse<byte[]> asset = client.send(
                    HttpRequest.newBuilder(gateway.resolve(path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (asset.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + asset.statusCode());
            }
            assets.add(new Asset(path, contentType(asset), asset.body().length));
        }
        context.progress().accept("page weight: " + assets);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("?")
                + response.headers()
                        .firstValue("Content-Encoding")
                        .map(e -> ", " + e)
                        .orElse("");
    }

    long weight() {
        return assets.stream().mapToLong(Asset::bytes).sum();
    }

    @Override
    void measure(Benchmarks.Started started) throws Exception {
        Machine.awaitIdle(IDLE_SHARE, Duration.ofMinutes(1));
        steady.add(phase(() -> run(API, settings.rate(), settings.duration())));
        Machine.awaitIdle(IDLE_SHARE, Duration.ofMinutes(1));
        steady.add(phase(() -> run(PAGE, settings.rate(), settings.duration())));
        boolean apiKeepsUp = true;
        boolean pageKeepsUp = true;
        double rate = settings.rate();
        for (int step = 0; step < settings.maxSteps() && (apiKeepsUp || pageKeepsUp); step++) {
            rate = Math.round(rate * settings.stepFactor());
            double r = rate;
            if (apiKeepsUp) {
                Machine.awaitIdle(IDLE_SHARE, Duration.ofMinutes(1));
                LoadResult api = phase(() -> run(API, r, settings.stepDuration()));
                steps.add(api);
                apiKeepsUp = sustained(api);
            }
            if (pageKeepsUp) {
                Machine.awaitIdle(IDLE_SHARE, Duration.ofMinutes(1));
                LoadResult page = phase(() -> run(PAGE, r, settings.stepDuration()));
                steps.add(page);
                pageKeepsUp = sustained(page);
            }
        }
    }

    @Override
    void afterMeasuring(Benchmarks.Started started) {
        load.close();
    }

    private LoadResult run(String target, double rate, Duration duration) {
        boolean page = target.equals(PAGE);
        LoadResult result = OpenModelLoad.run(
                target,
                index -> {
                    String code = codes.get((int) (index % codes.size()));
                    URI uri = URI.create(gateway + (page ? "/thu-tuc/" : "/api/catalogue/procedures/") + code);
                    return load.get(uri, page ? "text/html" : "application/json")
                            .thenApply(status -> status == 200);
                },
                rate,
                duration,
                DRAIN,
                MAX_IN_FLIGHT);
        offered.put(result, rate);
        return result;
    }

    private boolean sustained(LoadResult result) {
        return sustained(result, offered.get(result));
    }

    private LoadResult steadyOf(String target) {
        return steady.stream()
                .filter(r -> r.target().equals(target))
                .findFirst()
                .orElseThrow();
    }

    private LoadResult mostSustained(String target) {
        List<LoadResult> all = new ArrayList<>(steady);
        all.addAll(steps);
        return mostSustained(all, target, offered);
    }

    @Override
    void verdict(StringBuilder md, Run run) {
        LoadResult page = steadyOf(PAGE);
        LoadResult api = steadyOf(API);
        boolean met = page.errors() == 0 && sustained(page) && page.percentileMillis(99) <= P99_TARGET_MS;
        md.append(String.format(
                Locale.ROOT,
                "- Procedure page through the gateway, p99 ≤ %.0f ms at %.0f requests/s: **%s** (p50 %.2f ms, p99 %.2f"
                        + " ms, max %.2f ms, %.1f/s achieved, %d errors).%n",
                P99_TARGET_MS,
                settings.rate(),
                met ? "met" : "NOT met",
                page.percentileMillis(50),
                page.percentileMillis(99),
                page.maxMillis(),
                page.achievedRate(),
                page.errors()));
        md.append(String.format(
                Locale.ROOT,
                "- Baseline at the same rate, the procedure's JSON through the same gateway: p50 %.2f ms, p99 %.2f ms:"
                        + " the page's p99 is **%.1f×** the API's.%n",
                api.percentileMillis(50),
                api.percentileMillis(99),
                page.percentileMillis(99) / api.percentileMillis(99)));
        md.append(String.format(
                Locale.ROOT,
                "- Weight of the page with its CSS and JavaScript ≤ %d KB: **%s** (%.1f KB in %d files, as sent).%n",
                WEIGHT_TARGET_BYTES / 1024,
                weight() <= WEIGHT_TARGET_BYTES ? "met" : "NOT met",
                weight() / 1024.0,
                assets.size()));
        LoadResult bestPage = mostSustained(PAGE);
        LoadResult bestApi = mostSustained(API);
        if (bestPage != null && bestApi != null) {
            md.append(String.format(
                    Locale.ROOT,
                    "- Most sustained (the highest offered rate kept up with: no error, at least %.0f%% of the rate"
                            + " achieved): page %.0f/s, API %.0f/s%s: page = **%.0f%% of the API**.%n",
                    SUSTAINED_SHARE * 100,
                    offered.get(bestPage),
                    offered.get(bestApi),
                    steps.isEmpty() ? "" : " (each stops at the first step it does not keep up with)",
                    100 * offered.get(bestPage) / offered.get(bestApi)));
        }
        md.append('\n');
    }

    @Override
    void sections(StringBuilder md, Run run) {
        md.append(String.format(
                Locale.ROOT,
                "## Latency at the steady rate (open model, %.0f requests/s for %d s, from the intended send time)%n%n",
                settings.rate(),
                settings.duration().toSeconds()));
        md.append(LoadResult.tableHeader());
        steady.forEach(r -> md.append(r.tableRow()));
        md.append('\n');
        if (!steps.isEmpty()) {
            md.append(String.format(
                    Locale.ROOT,
                    "## Stepping the rate up (open model, %d s per step, ×%.2f per step)%n%n",
                    settings.stepDuration().toSeconds(),
                    settings.stepFactor()));
            md.append(LoadResult.tableHeader());
            steps.forEach(r -> md.append(r.tableRow()));
            md.append('\n');
        }
        md.append("## Weight of the page\n\n");
        md.append("What a browser without a cache fetches for one procedure page: the HTML and the stylesheets and"
                + " scripts it links (the logo and icons are not counted; they are a few hundred bytes of SVG).\n\n");
        md.append("| file | content type | bytes |\n|---|---|---:|\n");
        for (Asset asset : assets) {
            md.append("| `")
                    .append(asset.path())
                    .append("` | ")
                    .append(asset.contentType())
                    .append(" | ")
                    .append(asset.bytes())
                    .append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "| all | | %d |%n%n", weight()));
        if (hasCpu()) {
            md.append("## Where the CPU went (milliseconds of CPU per request)\n\n");
            md.append("Each process's user and system CPU time over the measured phase, divided by the requests"
                    + " answered with 200. On two cores, 2,000 ms divided by the `all` column is the most requests per"
                    + " second the machine could take.\n\n");
            List<LoadResult> all = new ArrayList<>(steady);
            all.addAll(steps);
            md.append(cpuTable(all, CPU_GROUPS)).append('\n');
        }
    }

    @Override
    String postgresUse() {
        return "; the catalogue reads its procedures from it";
    }

    @Override
    void runRows(StringBuilder md, Run run) {
        md.append("| warm-up | ").append(warmupOutcome.describe()).append(" |\n");
        md.append("| procedures cycled over | ").append(codes.size()).append(" |\n");
    }

    @Override
    void closing(StringBuilder md, Run run) {
        List<LoadResult> all = new ArrayList<>(steady);
        all.addAll(steps);
        appendErrors(md, all);
    }
}
