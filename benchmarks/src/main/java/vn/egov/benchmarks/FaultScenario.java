package vn.egov.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** The faults the faults benchmark injects, one scenario at a time, in this order. */
enum FaultScenario {
    KILL("kill", "kill -9 of one dossier-service instance, five times in a row, restarted by the supervisor each time"),
    KAFKA("kafka", "the Kafka broker killed, kept down, started again"),
    POSTGRES(
            "postgres",
            "PostgreSQL stopped immediately (SIGQUIT to the postmaster, as `pg_ctl stop -m immediate`) and started again"),
    PARTNER("partner", "SMS, Zalo ZNS and MoMo at the sandbox: slow (3 s per request), then failing with 503");

    private final String option;
    private final String description;

    FaultScenario(String option, String description) {
        this.option = option;
        this.description = description;
    }

    String option() {
        return option;
    }

    String description() {
        return description;
    }

    /** {@code kill}, {@code kafka,postgres}, {@code all}: the scenarios named, in their fixed order. */
    static List<FaultScenario> parse(String value) {
        EnumSet<FaultScenario> chosen = EnumSet.noneOf(FaultScenario.class);
        for (String part : value.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                chosen.addAll(EnumSet.allOf(FaultScenario.class));
                continue;
            }
            FaultScenario match = null;
            for (FaultScenario scenario : values()) {
                if (scenario.option.equals(name)) {
                    match = scenario;
                }
            }
            if (match == null) {
                throw new IllegalArgumentException(
                        "--faults-scenario takes kill, kafka, postgres, partner or all (comma-separated), not " + part);
            }
            chosen.add(match);
        }
        return new ArrayList<>(chosen);
    }
}
