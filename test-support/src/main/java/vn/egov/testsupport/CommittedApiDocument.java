package vn.egov.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * The drift check between a service's OpenAPI document, as the running service serves it ({@code /v3/api-docs.yaml}),
 * and the copy committed under {@code docs/api/}, which the gateway serves and clients are generated from. The check
 * fails on any difference and says how to accept it: the same test with {@code -Degov.openapi.write=true} writes the
 * served document over the committed one (then review the diff and commit it).
 */
public final class CommittedApiDocument {

    /** The system property that turns the check into writing the committed document. */
    public static final String WRITE = "egov.openapi.write";

    private final String fileName;
    private final String module;
    private final String testClass;

    private CommittedApiDocument(String fileName, String module, String testClass) {
        this.fileName = fileName;
        this.module = module;
        this.testClass = testClass;
    }

    /**
     * @param fileName the document's name under {@code docs/api/}, e.g. {@code dossiers.yaml}
     * @param module the Maven module that serves it, for the message on drift
     * @param test the test that checks it, for the message on drift
     */
    public static CommittedApiDocument of(String fileName, String module, Class<?> test) {
        return new CommittedApiDocument(fileName, module, test.getSimpleName());
    }

    /** Fetches the document the service on {@code port} serves and compares it with the committed one, or writes it. */
    public void assertServedOn(int port) {
        String served = normalise(fetch(port), port);
        Path committed = repositoryRoot().resolve("docs/api").resolve(fileName);
        if (Boolean.getBoolean(WRITE)) {
            write(committed, served);
            return;
        }
        String expected = read(committed);
        if (!served.equals(expected)) {
            throw new AssertionFailedError(
                    "docs/api/" + fileName + " differs from the OpenAPI document " + module + " serves ("
                            + firstDifference(expected, served) + "). If the API change is intended, write the served"
                            + " document over the committed one and commit it:\n  ./mvnw -B -pl " + module
                            + " -am verify -Dit.test=" + testClass + " -Dtest=none -Degov.fuzz.skip=true"
                            + " -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false"
                            + " -Degov.openapi.write=true",
                    expected,
                    served);
        }
    }

    /** Line endings, a final newline, and nothing of the random test port. */
    static String normalise(String document, int port) {
        String text = document.replace("\r\n", "\n")
                .replace("http://127.0.0.1:" + port, "")
                .replace("http://localhost:" + port, "");
        return text.endsWith("\n") ? text : text + "\n";
    }

    static String firstDifference(String expected, String actual) {
        if (expected == null) {
            return "there is no committed document yet";
        }
        List<String> left = expected.lines().toList();
        List<String> right = actual.lines().toList();
        for (int line = 0; line < Math.max(left.size(), right.size()); line++) {
            String committed = line < left.size() ? left.get(line) : "<end of file>";
            String served = line < right.size() ? right.get(line) : "<end of file>";
            if (!committed.equals(served)) {
                return "first at line " + (line + 1) + ": committed '" + committed.strip() + "', served '"
                        + served.strip() + "'";
            }
        }
        return "they differ only in line endings";
    }

    private static String fetch(int port) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs.yaml"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new AssertionFailedError(
                        "GET /v3/api-docs.yaml answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path committed) {
        try {
            return Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path committed, String served) {
        try {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, served, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reactor's root: the nearest directory up from the working directory (the module's) with {@code mvnw}. */
    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException(
                    "Not inside the repository: no mvnw above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }
}
