package vn.egov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Class-data sharing as {@code ./devstack.sh} uses it: the first start after a build trains the service's archive,
 * the next start maps it without training again. Only the partner sandbox runs (no database, no broker), so that
 * this costs CI seconds, not the minutes a whole platform would take to train.
 */
class ClassDataSharingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theFirstStartTrainsAnArchiveThatTheNextStartUses() throws Exception {
        Path data = Files.createDirectories(Path.of("target", "class-data-sharing-it"));
        DevstackOptions options = DevstackOptions.parse(new String[] {"--only", "sandbox"}, Map.of())
                .withFreePorts()
                .withDataDir(data, true)
                .withClassDataSharing(true);
        Path archive = options.classDataSharingDir().resolve("partner-sandbox").resolve(ClassDataSharing.ARCHIVE);
        Files.deleteIfExists(archive);

        List<String> first = new CopyOnWriteArrayList<>();
        try (Platform platform = new Platform(options, first::add, true)) {
            platform.start();
            assertThat(answers(platform)).isTrue();
        }
        assertThat(first).anySatisfy(line -> assertThat(line).contains("partner-sandbox", "archive trained"));
        assertThat(archive).isNotEmptyFile();

        List<String> second = new CopyOnWriteArrayList<>();
        try (Platform platform = new Platform(options, second::add, true)) {
            platform.start();
            assertThat(answers(platform)).isTrue();
            assertThat(platform.process(PlatformService.SANDBOX)
                            .orElseThrow()
                            .info()
                            .arguments()
                            .map(List::of)
                            .orElseThrow())
                    .contains("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
        }
        assertThat(second).noneSatisfy(line -> assertThat(line).contains("training"));
    }

    private static boolean answers(Platform platform) throws Exception {
        HttpResponse<Void> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.url(PlatformService.SANDBOX) + "/sandbox/messages"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200;
    }
}
