package vn.egov.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import vn.egov.embedded.JvmClasspath;

/**
 * Spring Boot's class-data sharing for the service JVMs: most of a service's start is loading and verifying the same
 * few thousand classes every time, which a JVM can instead map from an archive written by an earlier run.
 *
 * <p>For each service, once after each build: the jar is extracted ({@code java -Djarmode=tools -jar <jar> extract}),
 * since an archive can only hold classes from plain jars on the class path, not from the jars nested in a Spring Boot
 * jar; then a training run starts the service with {@code -XX:ArchiveClassesAtExit} and {@code
 * -Dspring.context.exit=onRefresh}, which creates every bean (so it needs PostgreSQL, Kafka and the environment of a
 * real start, and runs when those are up) and exits before the web server or the listeners start. Later starts map
 * the archive with {@code -XX:SharedArchiveFile}. Everything is kept in {@code <data>/cds/<module>/} beside a stamp of
 * what it was made from; a stamp that no longer matches (a new jar, another JDK, other JVM options) means extract
 * and train again.
 *
 * <p>Nothing here stops a start: a jar that cannot be extracted is started as it is, a failed training run leaves the
 * service on the extracted jar without an archive (and is tried again at the next start), and a JVM that cannot map
 * an archive warns and runs without it (the JVM's default, {@code -Xshare:auto}).
 */
final class ClassDataSharing {

    static final String ARCHIVE = "application.jsa";
    static final String STAMP = "stamp";
    static final String TRAINING_LOG = "training.log";
    static final String JAR_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private final Path root;
    private final List<String> jvmOptions;
    private final Duration timeout;
    private final Consumer<String> progress;
    private final Map<PlatformService, Launch> prepared = new ConcurrentHashMap<>();
    private final Map<PlatformService, Object> locks = new ConcurrentHashMap<>();

    /**
     * How a service JVM is started: options for class-data sharing, the jar that leads the class path and the main
     * class.
     */
    record Launch(List<String> jvmOptions, Path jar, String mainClass) {

        Launch {
            jvmOptions = List.copyOf(jvmOptions);
            Objects.requireNonNull(jar, "jar");
            Objects.requireNonNull(mainClass, "mainClass");
        }

        /** The Spring Boot jar as built, through its own launcher, as {@code java -jar} would. */
        static Launch plain(Path jar) {
            return new Launch(List.of(), jar, JAR_LAUNCHER);
        }
    }

    /**
     * What an archive was made from. The JVM refuses (silently, by default) an archive whose class path changed, jar
     * modification times included; a stamp that says so makes the next start train again instead of running without
     * an archive. The JVM cannot know either that a rebuilt service jar loads other classes, or that other options
     * were given.
     *
     * @param jarSize the service jar's size in bytes
     * @param jarModified the service jar's modification time, in milliseconds
     * @param java the JDK that made the archive (an archive is only valid for the JVM that wrote it)
     * @param jvmOptions the service JVMs' options
     * @param classPath the rest of the class path (the watchdog's jar), each entry with its size and modification time
     */
    record Stamp(long jarSize, long jarModified, String java, List<String> jvmOptions, String classPath) {

        Stamp {
            jvmOptions = List.copyOf(jvmOptions);
        }

        static Stamp of(Path jar, List<String> jvmOptions, Path classPath) {
            return new Stamp(
                    size(jar),
                    modified(jar),
                    System.getProperty("java.home") + " " + System.getProperty("java.vm.version"),
                    jvmOptions,
                    Files.isRegularFile(classPath)
                            ? classPath + " " + size(classPath) + " " + modified(classPath)
                            : classPath.toString());
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        private static long modified(Path file) {
            try {
                return Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        String text() {
            return String.join(
                    "\n",
                    "jar-size=" + jarSize,
                    "jar-modified=" + jarModified,
                    "java=" + java,
                    "jvm-options=" + String.join(" ", jvmOptions),
                    "class-path=" + classPath,
                    "");
        }

        /** Whether {@code dir} holds an archive made from exactly this. */
        boolean matches(Path dir) {
            Path stamp = dir.resolve(STAMP);
            try {
                return Files.isRegularFile(dir.resolve(ARCHIVE))
                        && Files.isRegularFile(stamp)
                        && Files.readString(stamp, StandardCharsets.UTF_8).equals(text());
            } catch (IOException unreadable) {
                return false;
            }
        }
    }

    /**
     * @param root where the archives live, {@code <data>/cds}
     * @param jvmOptions the service JVMs' options, which the training run uses too
     * @param timeout how long one training run may take
     * @param progress receives a line when a service is trained and when something goes wrong
     */
    ClassDataSharing(Path root, List<String> jvmOptions, Duration timeout, Consumer<String> progress) {
        this.root = root.toAbsolutePath();
        this.jvmOptions = List.copyOf(jvmOptions);
        this.timeout = timeout;
        this.progress = progress;
    }

    /** Where the service's extracted jar, archive and stamp are kept. */
    Path directory(PlatformService service) {
        return root.resolve(service.module());
    }

    /** How to start {@code service}: from its archive once {@link #prepare} made one, else from the plain jar. */
    Launch launch(PlatformService service, Path jar) {
        return prepared.getOrDefault(service, Launch.plain(jar));
    }

    /**
     * Makes sure {@code service} has an archive made from {@code jar}, extracting and training when the stamp does not
     * match; instances of one service wait for each other. Call when what the service needs at start is up.
     *
     * @param trainer starts the training run: the service's JVM with the given launch, as a real start would
     */
    Launch prepare(PlatformService service, Path jar, Trainer trainer) throws InterruptedException {
        synchronized (locks.computeIfAbsent(service, key -> new Object())) {
            Launch known = prepared.get(service);
            if (known != null) {
                return known;
            }
            Launch launch = prepareNow(service, jar, trainer);
            prepared.put(service, launch);
            return launch;
        }
    }

    /** Starts a training run; {@link ClassDataSharing} waits for it to exit. */
    @FunctionalInterface
    interface Trainer {
        Process start(Launch launch, Path log);
    }

    private Launch prepareNow(PlatformService service, Path jar, Trainer trainer) throws InterruptedException {
        Path dir = directory(service);
        Stamp stamp = Stamp.of(jar, jvmOptions, Path.of(ServiceProcess.watchdogLocation()));
        String mainClass;
        try {
            mainClass = startClass(jar);
        } catch (IOException e) {
            progress.accept(service.module() + ": cannot read the jar's Start-Class (" + e.getMessage()
                    + "); starting it without class-data sharing");
            return Launch.plain(jar);
        }
        Path extracted = dir.resolve(jar.getFileName());
        Launch shared = new Launch(List.of("-XX:SharedArchiveFile=" + dir.resolve(ARCHIVE)), extracted, mainClass);
        if (stamp.matches(dir)) {
            return shared;
        }
        Instant begin = Instant.now();
        progress.accept(String.format(
                Locale.ROOT,
                "       %-20s new jar: training its class-data archive (once after each build)",
                service.module()));
        if (!extract(service, jar, dir)) {
            return Launch.plain(jar);
        }
        Launch training = new Launch(
                List.of("-XX:ArchiveClassesAtExit=" + dir.resolve(ARCHIVE), "-Dspring.context.exit=onRefresh"),
                extracted,
                mainClass);
        Path log = dir.resolve(TRAINING_LOG);
        Process process = trainer.start(training, log);
        Launch unshared = new Launch(List.of(), extracted, mainClass);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                progress.accept(String.format(
                        Locale.ROOT,
                        "%s: the class-data training run took over %d s (log: %s); starting it without an archive",
                        service.module(),
                        timeout.toSeconds(),
                        log));
                return unshared;
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(dir.resolve(ARCHIVE))) {
            progress.accept(String.format(
                    Locale.ROOT,
                    "%s: the class-data training run failed (exit code %d, log: %s); starting it without an archive",
                    service.module(),
                    process.exitValue(),
                    log));
            return unshared;
        }
        try {
            Files.writeString(dir.resolve(STAMP), stamp.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            progress.accept(service.module() + ": cannot write " + dir.resolve(STAMP) + "; it trains again next time");
        }
        progress.accept(String.format(
                Locale.ROOT,
                "       %-20s class-data archive trained        (%.1f s)",
                service.module(),
                Duration.between(begin, Instant.now()).toMillis() / 1000.0));
        return shared;
    }

    /** Extracts {@code jar} into a fresh {@code dir}; says why and returns false when it cannot. */
    private boolean extract(PlatformService service, Path jar, Path dir) throws InterruptedException {
        Path log = dir.resolveSibling(service.module() + "-extract.log");
        try {
            deleteRecursively(dir);
            Files.createDirectories(dir.getParent());
            Process process = new ProcessBuilder(extractCommand(jar, dir))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            } else if (process.exitValue() == 0 && Files.isRegularFile(dir.resolve(jar.getFileName()))) {
                Files.delete(log);
                return true;
            }
        } catch (IOException | UncheckedIOException e) {
            progress.accept(service.module() + ": cannot extract " + jar + " (" + e.getMessage()
                    + "); starting it from the jar");
            return false;
        }
        progress.accept(service.module() + ": cannot extract " + jar + " (log: " + log + "); starting it from the jar");
        return false;
    }

    /** Spring Boot's extraction: the application's classes in {@code dir/<jar name>}, its libraries in {@code lib/}. */
    static List<String> extractCommand(Path jar, Path dir) {
        return List.of(
                JvmClasspath.javaExecutable(),
                "-Djarmode=tools",
                "-jar",
                jar.toAbsolutePath().toString(),
                "extract",
                "--destination",
                dir.toAbsolutePath().toString());
    }

    /** The application's main class, which the extracted jar names as its {@code Main-Class}. */
    static String startClass(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String start = file.getManifest() == null
                    ? null
                    : file.getManifest().getMainAttributes().getValue("Start-Class");
            if (start == null) {
                throw new IOException("no Start-Class in the manifest");
            }
            return start;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.toList());
            all.sort(Comparator.reverseOrder());
            for (Path path : all) {
                Files.delete(path);
            }
        }
    }
}
