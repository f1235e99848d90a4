package vn.egov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The devstack as a supervisor: a service killed with SIGKILL is started again and answers, and the console says so;
 * with fail-fast the platform fails instead, as CI wants. Only the partner sandbox runs (no database, no broker), so
 * each platform starts in seconds.
 */
class SupervisorIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aKilledServiceIsRestartedAndAnswersAgain() throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        try (Platform platform = sandboxOnly("supervised", console, false)) {
            platform.start();
            ProcessHandle first = platform.process(PlatformService.SANDBOX).orElseThrow();

            first.destroyForcibly();

            await("the sandbox restarted")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> platform.restarts(PlatformService.SANDBOX) == 1
                            && console.stream().anyMatch(line -> line.contains("partner-sandbox is back on"))
                            && answers(platform));
            ProcessHandle second = platform.process(PlatformService.SANDBOX).orElseThrow();
            assertThat(second.pid()).isNotEqualTo(first.pid());
            assertThat(console)
                    .anySatisfy(line ->
                            assertThat(line).contains("partner-sandbox exited with code 137; restarting it in 1 s"))
                    .anySatisfy(line -> assertThat(line).contains("partner-sandbox is back on"));
            assertThat(platform.failure()).isNotDone();
            // The log of the instance that was killed is kept, the restarted one's follows it.
            String log =
                    Files.readString(Path.of("target", "supervisor-it", "supervised", "logs", "partner-sandbox.log"));
            assertThat(log.split("Started PartnerSandboxApplication", -1)).hasSize(3);
            assertThat(log).contains("--- restarted at ");
        }
    }

    @Test
    void withFailFastADeadServiceFailsThePlatform() throws Exception {
        try (Platform platform = sandboxOnly("fail-fast", new CopyOnWriteArrayList<>(), true)) {
            platform.start();

            platform.process(PlatformService.SANDBOX).orElseThrow().destroyForcibly();

            ServiceFailed failed = platform.failure().get(1, java.util.concurrent.TimeUnit.MINUTES);
            assertThat(failed.getMessage()).isEqualTo("partner-sandbox exited with code 137");
            assertThat(platform.restarts(PlatformService.SANDBOX)).isZero();
        }
    }

    @Test
    void runsTwoInstancesOfAServiceAndRestartsOnlyTheOneThatDied() throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        Path data = Files.createDirectories(Path.of("target", "supervisor-it", "instances"));
        DevstackOptions options = DevstackOptions.parse(
                        new String[] {"--only", "gateway", "--instances", "gateway=2"}, Map.of())
                .withFreePorts()
                .withDataDir(data, true);
        try (Platform platform = new Platform(options, console::add, false)) {
            platform.start();
            ProcessHandle first = platform.process(PlatformService.GATEWAY, 1).orElseThrow();
            ProcessHandle second = platform.process(PlatformService.GATEWAY, 2).orElseThrow();
            assertThat(first.pid()).isNotEqualTo(second.pid());
            assertThat(console)
                    .anySatisfy(line -> assertThat(line).contains("gateway #2").contains("ready on"));
            assertThat(data.resolve("logs").resolve("gateway-2.log")).exists();

            second.destroyForcibly();

            await("the second gateway restarted")
                    .atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> platform.restarts(PlatformService.GATEWAY) == 1
                            && console.stream().anyMatch(line -> line.contains("gateway #2 is back on"))
                            && ready(platform.managementUrl(PlatformService.GATEWAY, 2)));
            assertThat(console)
                    .anySatisfy(line -> assertThat(line).contains("gateway #2 exited with code 137; restarting it"));
            assertThat(platform.process(PlatformService.GATEWAY, 1)).contains(first);
            assertThat(platform.process(PlatformService.GATEWAY, 2)
                            .orElseThrow()
                            .pid())
                    .isNotEqualTo(second.pid());
        }
    }

    private static boolean ready(URI management) {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(management.resolve("/actuator/health/readiness"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (Exception notYet) {
            return false;
        }
    }

    private static Platform sandboxOnly(String name, List<String> console, boolean failFast) throws Exception {
        Path data = Files.createDirectories(Path.of("target", "supervisor-it", name));
        DevstackOptions options = DevstackOptions.parse(new String[] {"--only", "sandbox"}, Map.of())
                .withFreePorts()
                .withDataDir(data, true);
        return new Platform(options, console::add, failFast);
    }

    private static boolean answers(Platform platform) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(platform.url(PlatformService.SANDBOX) + "/sandbox/messages"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }
}
