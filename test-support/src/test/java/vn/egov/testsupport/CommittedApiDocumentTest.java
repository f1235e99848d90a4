package vn.egov.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommittedApiDocumentTest {

    @Test
    void namesTheFirstLineThatDiffers() {
        String committed = "openapi: 3.1.0\npaths:\n  /api/dossiers:\n    get: {}\n";
        String served = "openapi: 3.1.0\npaths:\n  /api/dossiers:\n    post: {}\n";

        assertThat(CommittedApiDocument.firstDifference(committed, served))
                .isEqualTo("first at line 4: committed 'get: {}', served 'post: {}'");
    }

    @Test
    void saysWhenThereIsNoCommittedDocumentOrOnlyTheEndDiffers() {
        assertThat(CommittedApiDocument.firstDifference(null, "openapi: 3.1.0\n"))
                .isEqualTo("there is no committed document yet");
        assertThat(CommittedApiDocument.firstDifference("a\n", "a\nb\n"))
                .isEqualTo("first at line 2: committed '<end of file>', served 'b'");
    }

    @Test
    void takesNothingOfTheTestPortOrTheLineEndings() {
        assertThat(CommittedApiDocument.normalise("url: http://127.0.0.1:43117/x\r\nb: http://localhost:43117", 43117))
                .isEqualTo("url: /x\nb: \n");
    }
}
