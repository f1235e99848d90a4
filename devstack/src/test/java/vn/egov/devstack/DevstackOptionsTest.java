package vn.egov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevstackOptionsTest {

    @Test
    void defaultsToTheLocalStackPortsAndEveryService() {
        DevstackOptions options = DevstackOptions.parse(new String[0], Map.of());

        assertThat(options.port(PlatformService.GATEWAY)).isEqualTo(8080);
        assertThat(options.port(PlatformService.IDENTITY)).isEqualTo(9000);
        assertThat(options.port(PlatformService.NOTIFICATION)).isEqualTo(8084);
        assertThat(options.postgresPort()).isEqualTo(5433);
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.dataDir()).isEqualTo(Path.of("data"));
        assertThat(options.reset()).isFalse();
        assertThat(options.services()).containsExactlyInAnyOrder(PlatformService.values());
    }

    @Test
    void findsTheServiceJarsUnderTheRepositoryRoot() {
        DevstackOptions options = DevstackOptions.defaults();

        assertThat(options.root().resolve("devstack").resolve("pom.xml")).exists();
        assertThat(options.jar(PlatformService.DOSSIER))
                .isEqualTo(options.root().resolve("dossier-service/target/dossier-service.jar"));
    }

    @Test
    void takesPortsFromTheEnvironmentAndFlagsOverTheEnvironment() {
        DevstackOptions options = DevstackOptions.parse(
                new String[] {"--gateway-port", "18080", "--kafka-port=19092", "--reset"},
                Map.of(
                        "EGOV_GATEWAY_PORT",
                        "28080",
                        "EGOV_IDENTITY_PORT",
                        "29000",
                        "EGOV_DEVSTACK_DATA_DIR",
                        "/tmp/x"));

        assertThat(options.port(PlatformService.GATEWAY)).isEqualTo(18080);
        assertThat(options.port(PlatformService.IDENTITY)).isEqualTo(29000);
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.reset()).isTrue();
    }

    @Test
    void startsOnlyTheNamedServicesByModuleOrShortName() {
        DevstackOptions options = DevstackOptions.parse(new String[] {"--only", "identity-service,sandbox"}, Map.of());

        assertThat(options.services()).containsExactlyInAnyOrder(PlatformService.IDENTITY, PlatformService.SANDBOX);
        // The identity provider keeps its accounts in a database of its own.
        assertThat(options.needsPostgres()).isTrue();
        assertThat(options.needsKafka()).isFalse();
    }

    @Test
    void rejectsUnknownOptionsAndBadPorts() {
        assertThatThrownBy(() -> DevstackOptions.parse(new String[] {"--colour", "red"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> DevstackOptions.parse(new String[] {"--gateway-port", "70000"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DevstackOptions.parse(new String[] {"--only", "billing"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("billing");
    }

    @Test
    void givesEveryServerItsOwnFreePort() {
        DevstackOptions options = DevstackOptions.defaults().withFreePorts();

        assertThat(options.ports().values()).doesNotHaveDuplicates().doesNotContain(8080, 9000);
        assertThat(options.postgresPort()).isNotEqualTo(5433);
    }

    @Test
    void runsSeveralInstancesOnTheirOwnPortsFromTheFlagOrTheEnvironment() {
        DevstackOptions options = DevstackOptions.parse(
                new String[] {"--instances", "dossier-service=2,gateway=3"},
                Map.of("EGOV_DEVSTACK_INSTANCES", "payment=2"));

        assertThat(options.instances(PlatformService.DOSSIER)).isEqualTo(2);
        assertThat(options.instances(PlatformService.GATEWAY)).isEqualTo(3);
        assertThat(options.instances(PlatformService.PAYMENT)).isEqualTo(1);
        assertThat(options.instances(PlatformService.CATALOGUE)).isEqualTo(1);
        assertThat(options.port(PlatformService.DOSSIER, 1)).isEqualTo(8082);
        assertThat(options.port(PlatformService.DOSSIER, 2)).isEqualTo(8182);
        assertThat(options.managementPort(PlatformService.DOSSIER, 2)).isEqualTo(9182);
        assertThat(options.port(PlatformService.GATEWAY, 3)).isEqualTo(8280);
        assertThat(Platform.fileName(PlatformService.DOSSIER, 2)).isEqualTo("dossier-service-2");
        assertThat(Platform.name(PlatformService.DOSSIER, 2)).isEqualTo("dossier-service #2");

        DevstackOptions fromEnvironment =
                DevstackOptions.parse(new String[0], Map.of("EGOV_DEVSTACK_INSTANCES", "payment=2"));
        assertThat(fromEnvironment.instances(PlatformService.PAYMENT)).isEqualTo(2);
    }

    @Test
    void tellsTheGatewayEveryInstanceAndTheServicesTheFirst() {
        DevstackOptions options = DevstackOptions.parse(new String[] {"--instances", "dossier=2"}, Map.of());
        Platform platform = new Platform(options, line -> {});

        assertThat(platform.environment(PlatformService.GATEWAY, 1))
                .containsEntry("EGOV_DOSSIER_URL", "http://127.0.0.1:8082,http://127.0.0.1:8182")
                .containsEntry("EGOV_CATALOGUE_URL", "http://127.0.0.1:8081");
        assertThat(platform.environment(PlatformService.NOTIFICATION, 1))
                .containsEntry("EGOV_DOSSIER_URL", "http://127.0.0.1:8082");
        assertThat(platform.environment(PlatformService.DOSSIER, 2))
                .containsEntry("SERVER_PORT", "8182")
                .containsEntry("MANAGEMENT_SERVER_PORT", "9182");
    }

    @Test
    void givesEveryDossierInstanceTheSameAttachmentsDirectory() {
        assumeTrue(System.getenv("EGOV_ATTACHMENTS_LOCAL_DIR") == null, "the attachments directory is set outside");
        DevstackOptions options = DevstackOptions.parse(new String[] {"--instances", "dossier=2"}, Map.of());
        Platform platform = new Platform(options, line -> {});

        // An upload through one instance is attached by a submission that the gateway may send to the other.
        String first = platform.environment(PlatformService.DOSSIER, 1).get("EGOV_ATTACHMENTS_LOCAL_DIR");
        assertThat(Path.of(first))
                .isAbsolute()
                .endsWithRaw(Path.of("services", "dossier-service", "data", "attachments"));
        assertThat(platform.environment(PlatformService.DOSSIER, 2)).containsEntry("EGOV_ATTACHMENTS_LOCAL_DIR", first);
    }

    @Test
    void refusesSeveralInstancesOfServicesThatKeepStateInMemory() {
        for (String service : new String[] {"identity", "web", "sandbox"}) {
            assertThatThrownBy(() -> DevstackOptions.parse(new String[] {"--instances", service + "=2"}, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("runs as one instance only");
        }
        assertThatThrownBy(() -> DevstackOptions.parse(new String[] {"--instances", "dossier=10"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 9");
        assertThatThrownBy(() -> DevstackOptions.parse(new String[] {"--instances", "dossier"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service=N");
    }
}
