package vn.egov.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The repository's deployment files, read as the tests need them. */
final class DeployFiles {

    static final List<String> OVERLAYS = List.of("local", "production");

    private DeployFiles() {}

    /** The repository's root: set by the build, or the parent of the module's directory when run from an IDE. */
    static Path root() {
        String configured = System.getProperty("egov.repository.root");
        Path root = configured != null
                ? Path.of(configured)
                : Path.of("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects of deploy/k8s/rendered/{@code overlay}.yaml, as render.sh wrote them. */
    static List<Map<String, Object>> rendered(String overlay) {
        return yamlDocuments(read("deploy/k8s/rendered/" + overlay + ".yaml"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml().loadAll(text)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yamlFile(String relative) {
        return (Map<String, Object>) yaml().load(read(relative));
    }

    static List<Path> files(String directory, String suffix) {
        try (Stream<Path> files = Files.list(path(directory))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(20 * 1024 * 1024);
        return new Yaml(new SafeConstructor(options));
    }

    /** The value at a dotted path of nested maps, or null. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String dottedPath) {
        Object current = node;
        for (String key : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return (T) current;
    }

    /** The value at a dotted path, for assertions. */
    static Object value(Object node, String dottedPath) {
        return at(node, dottedPath);
    }

    /** The list of objects at a dotted path, empty when there is none. */
    static List<Map<String, Object>> maps(Object node, String dottedPath) {
        return listAt(node, dottedPath);
    }

    static <T> List<T> listAt(Object node, String dottedPath) {
        List<T> list = at(node, dottedPath);
        return list == null ? List.of() : list;
    }

    static String kind(Map<String, Object> object) {
        return Objects.toString(object.get("kind"));
    }

    static String name(Map<String, Object> object) {
        return at(object, "metadata.name");
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(kind(o))).toList();
    }
}
