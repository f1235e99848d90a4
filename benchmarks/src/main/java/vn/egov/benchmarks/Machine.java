package vn.egov.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** What the report says about the machine: CPU, memory, JVM, date, and the load average the run started under. */
final class Machine {

    private Machine() {}

    /** The 1-minute load average, or NaN where {@code /proc/loadavg} does not exist. */
    static double loadAverage() {
        String line = loadAverageLine();
        return line.isEmpty() ? Double.NaN : Double.parseDouble(line.split(" ")[0]);
    }

    /** {@code /proc/loadavg} as it is (1, 5 and 15-minute averages, runnable/total tasks, last pid). */
    static String loadAverageLine() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Waits, polling every 10 s, until the 1-minute load average is below {@code threshold} or {@code maxWait} has
     * passed: the machine is shared, and a figure taken while a build runs beside it measures the build.
     *
     * @return whether the load came below the threshold
     */
    static boolean awaitQuiet(double threshold, Duration maxWait, Consumer<String> progress) {
        double load = loadAverage();
        if (Double.isNaN(load) || load < threshold) {
            progress.accept(String.format(Locale.ROOT, "load average %.2f < %.2f: go", load, threshold));
            return true;
        }
        if (maxWait.isZero() || maxWait.isNegative()) {
            progress.accept(String.format(
                    Locale.ROOT, "load average %.2f >= %.2f: measuring anyway (no wait asked for)", load, threshold));
            return false;
        }
        progress.accept(String.format(
                Locale.ROOT,
                "load average %.2f >= %.2f: waiting up to %d min for the machine to calm down",
                load,
                threshold,
                maxWait.toMinutes()));
        try {
            Awaitility.await("a quiet machine")
                    .atMost(maxWait)
                    .pollInterval(Duration.ofSeconds(10))
                    .until(() -> {
                        double now = loadAverage();
                        return Double.isNaN(now) || now < threshold;
                    });
            progress.accept(String.format(Locale.ROOT, "load average %.2f < %.2f: go", loadAverage(), threshold));
            return true;
        } catch (ConditionTimeoutException e) {
            progress.accept(String.format(
                    Locale.ROOT,
                    "load average still %.2f after %d min; measuring anyway (recorded in the report)",
                    loadAverage(),
                    maxWait.toMinutes()));
            return false;
        }
    }

    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return String.join(
                "\n",
                List.of(
                        "| | |",
                        "|---|---|",
                        "| date (UTC) | "
                                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                        .format(Instant.now().atOffset(ZoneOffset.UTC))
                                + " |",
                        "| CPU | " + cpuModel() + ", " + runtime.availableProcessors() + " cores visible to the JVM |",
                        "| memory | " + memTotal() + " |",
                        "| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                                + System.getProperty("os.arch") + ") |",
                        "| JVM (load generator and services) | " + System.getProperty("java.vm.name") + " "
                                + System.getProperty("java.runtime.version") + " |"));
    }

    /** The share of all cores' time spent busy over the last second, from {@code /proc/stat}; NaN without it. */
    static double busyShare() throws InterruptedException {
        long[] before = cpuTimes();
        Thread.sleep(1000);
        long[] after = cpuTimes();
        if (before == null || after == null || after[0] == before[0]) {
            return Double.NaN;
        }
        return 1.0 - (double) (after[1] - before[1]) / (after[0] - before[0]);
    }

    /**
     * Waits until the machine has been nearly idle ({@code busy} of all cores or less) for three seconds in a row, at
     * most {@code maxWait}: what a phase leaves behind (consumers catching up, the relay, autovacuum, the JIT) would
     * otherwise be measured as the next phase's.
     *
     * @return the busy share of the last second waited
     */
    static double awaitIdle(double busy, Duration maxWait) throws InterruptedException {
        Instant until = Instant.now().plus(maxWait);
        int idleInARow = 0;
        double last = Double.NaN;
        while (idleInARow < 3 && Instant.now().isBefore(until)) {
            last = busyShare();
            idleInARow = Double.isNaN(last) || last <= busy ? idleInARow + 1 : 0;
        }
        return last;
    }

    /** Total and idle (idle + iowait) jiffies of all CPUs, or null. */
    private static long[] cpuTimes() {
        try {
            String[] fields =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String cpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name");
    }

    private static String memTotal() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal");
    }

    private static String procLine(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
