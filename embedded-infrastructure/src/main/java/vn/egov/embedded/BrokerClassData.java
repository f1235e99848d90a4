package vn.egov.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The Kafka broker's class-data archive: which option one start of the broker JVM gets, and the stamp that says what
 * the archive was made from. There is no separate training run: a start without a valid archive runs with {@code
 * -XX:ArchiveClassesAtExit}, so the broker's ordinary clean stop (SIGTERM, Kafka's shutdown hook, JVM exit) writes it,
 * and only then {@link #recordIfWritten} writes the stamp. A stamp that no longer matches (another class path or jar,
 * another JDK, other JVM options) means the archive is deleted and this start trains again.
 *
 * @param archive the archive file; its stamp is the file beside it named {@code <archive>.stamp}
 */
record BrokerClassData(Path archive) {

    BrokerClassData {
        archive = archive.toAbsolutePath();
    }

    /** How one start uses the archive: the JVM option and, for a training start, the stamp to write after it. */
    record Use(List<String> jvmOptions, String stampToWrite) {

        Use {
            jvmOptions = List.copyOf(jvmOptions);
        }

        static final Use NONE = new Use(List.of(), null);

        boolean trains() {
            return stampToWrite != null;
        }
    }

    Path stampFile() {
        return archive.resolveSibling(archive.getFileName() + ".stamp");
    }

    /**
     * The option for a broker start with these JVM options and this class path: {@code -XX:SharedArchiveFile} when the
     * archive was made from exactly them, else {@code -XX:ArchiveClassesAtExit} (after deleting a stale archive).
     *
     * @param java the JDK that runs the broker ({@link #currentJava()})
     */
    Use decide(String java, List<String> jvmOptions, String classPath) throws IOException {
        String stamp = stamp(java, jvmOptions, classPath);
        Path stampFile = stampFile();
        if (Files.isRegularFile(archive)
                && Files.isRegularFile(stampFile)
                && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
            return new Use(List.of("-XX:SharedArchiveFile=" + archive), null);
        }
        Files.deleteIfExists(stampFile);
        Files.deleteIfExists(archive);
        Files.createDirectories(archive.getParent());
        return new Use(List.of("-XX:ArchiveClassesAtExit=" + archive), stamp);
    }

    /**
     * After a training start stopped cleanly: writes the stamp if the JVM wrote the archive.
     *
     * @return whether it did
     */
    boolean recordIfWritten(Use use) throws IOException {
        if (!use.trains() || !Files.isRegularFile(archive) || Files.size(archive) == 0) {
            return false;
        }
        Files.writeString(stampFile(), use.stampToWrite(), StandardCharsets.UTF_8);
        return true;
    }

    /** The running JDK: an archive is valid only for the JVM that wrote it. */
    static String currentJava() {
        return System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
    }

    /** What an archive is made from: the JDK, the JVM options, each class-path entry with its size and mtime. */
    static String stamp(String java, List<String> jvmOptions, String classPath) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            entries.add(
                    Files.isRegularFile(path)
                            ? entry + " " + Files.size(path) + " "
                                    + Files.getLastModifiedTime(path).toMillis()
                            : entry);
        }
        return String.join(
                "\n",
                "java=" + Objects.requireNonNull(java),
                "jvm-options=" + String.join(" ", jvmOptions),
                "class-path=" + String.join(File.pathSeparator, entries),
                "");
    }

    /**
     * The class path for a broker with an archive: its jars, without those that only carry a manifest {@code
     * Class-Path} ({@link JvmClasspath#current()} already lists what they name), and {@code watchdog}, the jar of
     * {@link ParentWatchdog}. The JVM refuses to write an archive while a non-empty directory is on the class path, as
     * in a test's (and would expand a manifest's directories in place); the broker needs no class from the
     * directories, nor from those jars (the devstack's own, Surefire's booter).
     */
    static String archivable(String classPath, String watchdog) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && !hasManifestClassPath(Path.of(entry))) {
                entries.add(entry);
            }
        }
        if (!entries.contains(watchdog)) {
            entries.add(watchdog);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static boolean hasManifestClassPath(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Class-Path") != null;
        } catch (IOException unreadable) {
            return false;
        }
    }
}
