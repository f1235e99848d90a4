package vn.egov.sandbox.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ZaloUserEventsTest {

    @Test
    void signsAsZaloDocumentsItAppIdBodyTimestampSecret() throws Exception {
        String body = "{\"event_name\":\"user_send_text\"}";
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(("app" + body + "1700000000000" + "secret").getBytes(StandardCharsets.UTF_8)));

        assertThat(ZaloUserEvents.signature("app", body, "1700000000000", "secret"))
                .isEqualTo(expected)
                .hasSize(64);
    }
}
