package vn.egov.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerClassDataTest {

    private static final String JAVA = "/jdk-17 17.0.15+6";
    private static final List<String> OPTIONS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path dir;

    private Path jar;
    private String classPath;
    private BrokerClassData classData;

    @BeforeEach
    void aBuiltClassPath() throws IOException {
        jar = Files.writeString(dir.resolve("kafka.jar"), "classes");
        classPath = jar + File.pathSeparator + Files.createDirectories(dir.resolve("classes"));
        classData = new BrokerClassData(dir.resolve("cds").resolve("kafka.jsa"));
    }

    @Nested
    class WithoutAnArchive {

        @Test
        void trainsWithArchiveClassesAtExit() throws IOException {
            BrokerClassData.Use use = classData.decide(JAVA, OPTIONS, classPath);

            assertThat(use.jvmOptions()).containsExactly("-XX:ArchiveClassesAtExit=" + classData.archive());
            assertThat(use.trains()).isTrue();
            assertThat(classData.archive().getParent()).isDirectory();
        }

        @Test
        void writesNoStampWhenTheJvmWroteNoArchive() throws IOException {
            BrokerClassData.Use use = classData.decide(JAVA, OPTIONS, classPath);

            assertThat(classData.recordIfWritten(use)).isFalse();
            assertThat(classData.stampFile()).doesNotExist();
            assertThat(classData.decide(JAVA, OPTIONS, classPath).trains()).isTrue();
        }
    }

    @Nested
    class AfterATrainingStart {

        @BeforeEach
        void trained() throws IOException {
            BrokerClassData.Use training = classData.decide(JAVA, OPTIONS, classPath);
            Files.writeString(classData.archive(), "archive");
            assertThat(classData.recordIfWritten(training)).isTrue();
        }

        @Test
        void mapsTheArchiveWhenNothingChanged() throws IOException {
            BrokerClassData.Use use = classData.decide(JAVA, OPTIONS, classPath);

            assertThat(use.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + classData.archive());
            assertThat(use.trains()).isFalse();
        }

        @Test
        void trainsAgainAfterAJarChanged() throws IOException {
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

            BrokerClassData.Use use = classData.decide(JAVA, OPTIONS, classPath);

            assertThat(use.jvmOptions()).containsExactly("-XX:ArchiveClassesAtExit=" + classData.archive());
            assertThat(classData.archive()).doesNotExist();
            assertThat(classData.stampFile()).doesNotExist();
        }

        @Test
        void trainsAgainWithAnotherClassPath() throws IOException {
            String other = Files.writeString(dir.resolve("other.jar"), "more") + File.pathSeparator + classPath;

            assertThat(classData.decide(JAVA, OPTIONS, other).trains()).isTrue();
        }

        @Test
        void trainsAgainOnAnotherJdk() throws IOException {
            assertThat(classData.decide("/jdk-21 21.0.5+11", OPTIONS, classPath).trains())
                    .isTrue();
        }

        @Test
        void trainsAgainWithOtherJvmOptions() throws IOException {
            assertThat(classData.decide(JAVA, List.of("-Xmx512m"), classPath).trains())
                    .isTrue();
        }
    }

    @Test
    void keepsTheJarsButNotTheDirectoriesNorManifestOnlyJars() throws IOException {
        Path booter = dir.resolve("booter.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "classes/");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(booter), manifest)) {
            // a manifest only, as Surefire's booter jar
        }
        String classPath = String.join(
                File.pathSeparator,
                booter.toString(),
                "/m/target/test-classes",
                jar.toString(),
                "/m/classes",
                "/r/embedded-infrastructure.jar");

        assertThat(BrokerClassData.archivable(classPath, "/r/embedded-infrastructure.jar"))
                .isEqualTo(String.join(File.pathSeparator, jar.toString(), "/r/embedded-infrastructure.jar"));
    }
}
