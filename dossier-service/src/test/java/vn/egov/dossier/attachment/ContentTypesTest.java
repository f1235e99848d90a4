package vn.egov.dossier.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void recognisesTheAllowedKindsByTheirBytes() {
        assertThat(detect(SampleFiles.pdf("x"))).isEqualTo("application/pdf");
        assertThat(detect(SampleFiles.png())).isEqualTo("image/png");
        assertThat(detect(SampleFiles.jpeg())).isEqualTo("image/jpeg");
    }

    @Test
    void textIsTextWhateverItWillBeCalled() {
        assertThat(detect(SampleFiles.text())).isEqualTo("text/plain");
    }

    @Test
    void aWindowsExecutableIsNotAnImage() {
        byte[] executable = new byte[256];
        executable[0] = 'M';
        executable[1] = 'Z';

        assertThat(detect(executable)).isNotIn("application/pdf", "image/png", "image/jpeg");
    }

    @Test
    void leavesTheStreamAtItsStartForTheStorage() throws Exception {
        byte[] pdf = SampleFiles.pdf("x");
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(pdf));

        ContentTypes.detect(in);

        assertThat(in.readAllBytes()).isEqualTo(pdf);
    }

    static String detect(byte[] bytes) {
        return ContentTypes.detect(new BufferedInputStream(new ByteArrayInputStream(bytes)));
    }
}
