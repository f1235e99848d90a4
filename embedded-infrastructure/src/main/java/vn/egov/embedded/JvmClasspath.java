package vn.egov.embedded;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path of this JVM as a list a child JVM can use, with manifest {@code Class-Path} entries expanded (the
 * Surefire booter jar and the devstack's thin jar both carry their real class path in the manifest).
 */
public final class JvmClasspath {

    private JvmClasspath() {}

    public static String current() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            entries.add(entry);
            entries.addAll(manifestClassPath(Path.of(entry)));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Set<String> manifestClassPath(Path jar) {
        Set<String> entries = new LinkedHashSet<>();
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return entries;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return entries;
            }
            Path base = jar.toAbsolutePath().getParent();
            for (String item : classPath.trim().split("\\s+")) {
                if (item.startsWith("file:")) {
                    entries.add(Path.of(URI.create(item)).toString());
                } else {
                    entries.add(base.resolve(item).normalize().toString());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read manifest of " + jar, e);
        }
        return entries;
    }

    /** The {@code java} executable of the running JVM. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
