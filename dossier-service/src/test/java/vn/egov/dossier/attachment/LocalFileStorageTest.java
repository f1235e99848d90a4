package vn.egov.dossier.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStorageTest {

    @TempDir
    Path dir;

    @Test
    void storesReadsAndDeletesWithoutLeavingPartialFiles() throws Exception {
        var storage = new LocalFileStorage(dir.resolve("attachments"));
        byte[] bytes = SampleFiles.png();

        storage.put("a1", new ByteArrayInputStream(bytes), bytes.length, "image/png");

        try (InputStream in = storage.open("a1")) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        try (var listing = Files.list(dir.resolve("attachments"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("a1");
        }
        storage.delete("a1");
        assertThat(dir.resolve("attachments/a1")).doesNotExist();
    }

    @Test
    void aKeyCannotReachOutsideTheFolder() {
        var storage = new LocalFileStorage(dir.resolve("attachments"));

        assertThatThrownBy(() -> storage.open("../secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.put("sub/x", new ByteArrayInputStream(new byte[1]), 1, "image/png"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileNamesKeepOnlyTheirLastSegment() {
        assertThat(UploadAttachment.fileName("C:\\Users\\an\\don.pdf")).isEqualTo("don.pdf");
        assertThat(UploadAttachment.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadAttachment.fileName("a\u0000b.pdf")).isEqualTo("ab.pdf");
        assertThat(UploadAttachment.fileName(null)).isEqualTo("file");
    }
}
