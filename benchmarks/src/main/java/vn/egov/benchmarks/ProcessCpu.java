package vn.egov.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.egov.devstack.PlatformService;

/**
 * CPU time of the benchmark's processes, read from {@code /proc/<pid>/stat}, grouped as the report shows them: each
 * service JVM and the Kafka broker (children of this JVM), PostgreSQL (the postmaster of the benchmark's data
 * directory and its backends), and this JVM (load generator and raw baselines). Two snapshots around a phase say where its CPU went; a phase's cost per call is
 * what the report needs to show which part of the platform to make cheaper. Empty where {@code /proc} does not exist.
 */
final class ProcessCpu {

    /** {@code /proc/<pid>/stat} counts in USER_HZ, which Linux reports as 100 per second on every architecture. */
    private static final double TICKS_PER_SECOND = 100.0;

    static final String POSTGRES = "PostgreSQL";
    static final String KAFKA = "Kafka";
    static final String GENERATOR = "load generator";

    private final Path dataDir;

    /** @param dataDir the benchmark's temporary data directory, which the embedded PostgreSQL's {@code -D} names */
    ProcessCpu(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
    }

    /** CPU seconds used so far by each group (processes that have exited are not counted). */
    Map<String, Double> snapshot() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return seconds;
        }
        List<Long> postmasters = new ArrayList<>();
        Map<Long, long[]> stats = new LinkedHashMap<>(); // pid -> {ppid, ticks}
        Map<Long, String> commands = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(proc)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(name);
                try {
                    String stat = Files.readString(entry.resolve("stat"), StandardCharsets.US_ASCII);
                    // The command name in parentheses may contain spaces; the fields after it are fixed.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    stats.put(pid, new long[] {Long.parseLong(fields[1]), ticks});
                    String command = new String(Files.readAllBytes(entry.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    commands.put(pid, command);
                    String executable = command.split(" ", 2)[0];
                    if (executable.endsWith("/postgres") && command.contains(dataDir.toString())) {
                        postmasters.add(pid);
                    }
                } catch (IOException | RuntimeException gone) {
                    // The process ended while we looked.
                }
            }
        } catch (IOException e) {
            return seconds;
        }
        long self = ProcessHandle.current().pid();
        for (Map.Entry<Long, long[]> stat : stats.entrySet()) {
            long pid = stat.getKey();
            String group = group(pid, stat.getValue()[0], commands.get(pid), self, postmasters);
            if (group != null) {
                seconds.merge(group, stat.getValue()[1] / TICKS_PER_SECOND, Double::sum);
            }
        }
        return seconds;
    }

    /** CPU seconds per group between two snapshots. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((group, seconds) -> used.put(group, Math.max(0, seconds - before.getOrDefault(group, 0.0))));
        return used;
    }

    private static String group(long pid, long parent, String command, long self, List<Long> postmasters) {
        if (pid == self) {
            return GENERATOR;
        }
        if (postmasters.contains(pid) || postmasters.contains(parent)) {
            return POSTGRES;
        }
        if (command == null || parent != self) {
            return null;
        }
        for (PlatformService service : PlatformService.values()) {
            if (command.contains(service.module() + ".jar")) {
                return service.module();
            }
        }
        return command.toLowerCase(Locale.ROOT).contains("kafka") ? KAFKA : null;
    }
}
