package vn.egov.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL of the Grafana dashboards and of the alert rules, and the metric names it reads. */
final class Dashboards {

    private static final Set<String> KEYWORDS = Set.of(
            "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private Dashboards() {}

    /** Every query of every panel of deploy/grafana/dashboards. */
    static List<String> queries() {
        List<String> queries = new ArrayList<>();
        for (Path file : DeployFiles.files("deploy/grafana/dashboards", ".json")) {
            Map<String, Object> dashboard =
                    DeployFiles.yamlFile(DeployFiles.root().relativize(file).toString());
            for (Map<String, Object> panel : DeployFiles.<Map<String, Object>>listAt(dashboard, "panels")) {
                for (Map<String, Object> target : DeployFiles.<Map<String, Object>>listAt(panel, "targets")) {
                    queries.add(target.get("expr").toString());
                }
            }
        }
        return queries;
    }

    /** Every expression of deploy/prometheus/rules/egov-alerts.yml. */
    static List<String> alertExpressions() {
        List<String> expressions = new ArrayList<>();
        Map<String, Object> rules = DeployFiles.yamlFile("deploy/prometheus/rules/egov-alerts.yml");
        for (Map<String, Object> group : DeployFiles.<Map<String, Object>>listAt(rules, "groups")) {
            for (Map<String, Object> rule : DeployFiles.<Map<String, Object>>listAt(group, "rules")) {
                expressions.add(rule.get("expr").toString());
            }
        }
        return expressions;
    }

    /**
     * The metric names an expression reads: identifiers that are not functions (followed by a parenthesis), keywords,
     * label names (inside braces or a grouping clause) or durations.
     */
    static Set<String> metricNames(String expression) {
        String bare = STRING.matcher(expression).replaceAll("");
        bare = MATCHERS.matcher(bare).replaceAll("");
        bare = GROUPING.matcher(bare).replaceAll("");
        bare = RANGE.matcher(bare).replaceAll("");
        Set<String> names = new TreeSet<>();
        Matcher identifiers = IDENTIFIER.matcher(bare);
        while (identifiers.find()) {
            String identifier = identifiers.group();
            boolean function = bare.substring(identifiers.end()).stripLeading().startsWith("(");
            boolean number = identifiers.start() > 0 && Character.isDigit(bare.charAt(identifiers.start() - 1));
            if (!function && !number && !KEYWORDS.contains(identifier)) {
                names.add(identifier);
            }
        }
        return names;
    }
}
