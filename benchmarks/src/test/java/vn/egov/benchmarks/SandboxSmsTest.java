package vn.egov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxSmsTest {

    static Map<String, Object> message(String channel, String text, String time) {
        Map<String, Object> message = new HashMap<>();
        message.put("channel", channel);
        message.put("to", "84905123456");
        message.put("text", text);
        message.put("time", time);
        return message;
    }

    @Test
    void readsTheDossierCodeAndAcceptanceTimeOfEachSms() {
        Map<String, Instant> times = SandboxSms.byDossier(List.of(message(
                "SMS",
                "Cong DVC Da Nang: Ho so 000.00.43.H17-261207-0012 (Tam ngung kinh doanh) cua ong/ba da duoc"
                        + " tiep nhan luc 07/12/2026 10:00.",
                "2026-12-07T17:00:00.125+07:00")));

        assertThat(times)
                .containsExactly(Map.entry("000.00.43.H17-261207-0012", Instant.parse("2026-12-07T10:00:00.125Z")));
    }

    @Test
    void ignoresOtherChannelsAndMessagesWithoutACode() {
        Map<String, Instant> times = SandboxSms.byDossier(List.of(
                message("EMAIL", "Hồ sơ 000.00.43.H17-261207-0001", "2026-12-07T17:00:00.100+07:00"),
                message("SMS", "De tra cuu ho so, soan: TRACUU <ma ho so>", "2026-12-07T17:00:00.200+07:00")));

        assertThat(times).isEmpty();
    }

    @Test
    void keepsTheFirstSmsOfADossier() {
        Map<String, Instant> times = SandboxSms.byDossier(List.of(
                message("SMS", "Ho so 000.00.15.H17-261207-0003 da duoc tiep nhan", "2026-12-07T17:00:01.000+07:00"),
                message("SMS", "Ho so 000.00.15.H17-261207-0003 da duoc tiep nhan", "2026-12-07T17:00:00.500+07:00")));

        assertThat(times).containsEntry("000.00.15.H17-261207-0003", Instant.parse("2026-12-07T10:00:00.500Z"));
    }
}
