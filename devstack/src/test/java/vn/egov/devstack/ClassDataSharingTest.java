package vn.egov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    @TempDir
    Path dir;

    @Nested
    class Stamps {

        @Test
        void anArchiveMadeFromTheSameJarAndOptionsIsReused() throws IOException {
            Path jar = file("service.jar", "v1");
            Path watchdog = file("watchdog.jar", "w");
            Path archive = Files.createDirectories(dir.resolve("cds"));
            written(archive, ClassDataSharing.Stamp.of(jar, List.of("-Xmx384m"), watchdog));

            assertThat(ClassDataSharing.Stamp.of(jar, List.of("-Xmx384m"), watchdog)
                            .matches(archive))
                    .isTrue();
        }

        @Test
        void aRebuiltJarMeansTrainingAgain() throws IOException {
            Path jar = file("service.jar", "v1");
            Path watchdog = file("watchdog.jar", "w");
            Path archive = Files.createDirectories(dir.resolve("cds"));
            written(archive, ClassDataSharing.Stamp.of(jar, List.of(), watchdog));

            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

            assertThat(ClassDataSharing.Stamp.of(jar, List.of(), watchdog).matches(archive))
                    .isFalse();
        }

        @Test
        void aRebuiltWatchdogJarMeansTrainingAgainBecauseTheJvmWouldIgnoreTheArchive() throws IOException {
            Path jar = file("service.jar", "v1");
            Path watchdog = file("watchdog.jar", "w");
            Path archive = Files.createDirectories(dir.resolve("cds"));
            written(archive, ClassDataSharing.Stamp.of(jar, List.of(), watchdog));

            Files.writeString(watchdog, "rebuilt");

            assertThat(ClassDataSharing.Stamp.of(jar, List.of(), watchdog).matches(archive))
                    .isFalse();
        }

        @Test
        void otherJvmOptionsMeanTrainingAgain() throws IOException {
            Path jar = file("service.jar", "v1");
            Path watchdog = file("watchdog.jar", "w");
            Path archive = Files.createDirectories(dir.resolve("cds"));
            written(archive, ClassDataSharing.Stamp.of(jar, List.of("-Xmx384m"), watchdog));

            assertThat(ClassDataSharing.Stamp.of(jar, List.of("-Xmx512m"), watchdog)
                            .matches(archive))
                    .isFalse();
        }

        @Test
        void aStampWithoutItsArchiveIsNotReused() throws IOException {
            Path jar = file("service.jar", "v1");
            Path watchdog = file("watchdog.jar", "w");
            Path archive = Files.createDirectories(dir.resolve("cds"));
            written(archive, ClassDataSharing.Stamp.of(jar, List.of(), watchdog));

            Files.delete(archive.resolve(ClassDataSharing.ARCHIVE));

            assertThat(ClassDataSharing.Stamp.of(jar, List.of(), watchdog).matches(archive))
                    .isFalse();
        }

        private void written(Path archive, ClassDataSharing.Stamp stamp) throws IOException {
            Files.writeString(archive.resolve(ClassDataSharing.ARCHIVE), "archive");
            Files.writeString(archive.resolve(ClassDataSharing.STAMP), stamp.text(), StandardCharsets.UTF_8);
        }
    }

    @Nested
    class CommandLines {

        @Test
        void extractsWithSpringBootsToolsJarMode() {
            List<String> command = ClassDataSharing.extractCommand(
                    Path.of("/repo/gateway/target/gateway.jar"), Path.of("/data/cds/gw"));

            assertThat(command.subList(1, command.size()))
                    .containsExactly(
                            "-Djarmode=tools",
                            "-jar",
                            "/repo/gateway/target/gateway.jar",
                            "extract",
                            "--destination",
                            "/data/cds/gw");
        }

        @Test
        void startsTheExtractedJarsMainClassWithTheArchiveBeforeTheClassPath() {
            ClassDataSharing.Launch launch = new ClassDataSharing.Launch(
                    List.of("-XX:SharedArchiveFile=/data/cds/gateway/application.jsa"),
                    Path.of("/data/cds/gateway/gateway.jar"),
                    "vn.egov.gateway.GatewayApplication");

            List<String> command = ServiceProcess.command(List.of("-XX:+UseSerialGC"), launch, 42);

            assertThat(command.subList(1, 5))
                    .containsExactly(
                            "-XX:+UseSerialGC",
                            "-XX:SharedArchiveFile=/data/cds/gateway/application.jsa",
                            "-cp",
                            "/data/cds/gateway/gateway.jar:" + ServiceProcess.watchdogLocation());
            assertThat(command.subList(5, command.size()))
                    .containsExactly("vn.egov.embedded.ParentWatchdog", "42", "vn.egov.gateway.GatewayApplication");
        }

        @Test
        void startsAPlainJarThroughSpringBootsLauncher() {
            List<String> command = ServiceProcess.command(
                    List.of(), ClassDataSharing.Launch.plain(Path.of("/repo/web/target/web.jar")), 42);

            assertThat(command).doesNotContain("-XX:SharedArchiveFile").endsWith(ClassDataSharing.JAR_LAUNCHER);
            assertThat(command.get(command.indexOf("-cp") + 1)).startsWith("/repo/web/target/web.jar:");
        }
    }

    @Nested
    class Preparing {

        @Test
        void aJarThatCannotBeExtractedStartsAsItIsWithoutTraining() throws Exception {
            Path jar = jarWithStartClass("broken.jar", "vn.egov.Broken");
            List<String> console = new ArrayList<>();
            ClassDataSharing sharing =
                    new ClassDataSharing(dir.resolve("cds"), List.of(), Duration.ofMinutes(1), console::add);

            ClassDataSharing.Launch launch = sharing.prepare(PlatformService.SANDBOX, jar, (training, log) -> {
                throw new AssertionError("no training without an extracted jar");
            });

            assertThat(launch).isEqualTo(ClassDataSharing.Launch.plain(jar));
            assertThat(sharing.launch(PlatformService.SANDBOX, jar)).isEqualTo(launch);
            assertThat(console).anySatisfy(line -> assertThat(line).contains("cannot extract"));
        }

        @Test
        void aServiceNotPreparedStartsFromItsJar() {
            ClassDataSharing sharing =
                    new ClassDataSharing(dir.resolve("cds"), List.of(), Duration.ofMinutes(1), line -> {});
            Path jar = Path.of("/repo/web/target/web.jar");

            assertThat(sharing.launch(PlatformService.WEB, jar)).isEqualTo(ClassDataSharing.Launch.plain(jar));
        }

        /** A jar with a Start-Class but not built by Spring Boot, which its tools cannot extract. */
        private Path jarWithStartClass(String name, String startClass) throws IOException {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().putValue("Start-Class", startClass);
            Path jar = dir.resolve(name);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
                // only the manifest
            }
            return jar;
        }
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
