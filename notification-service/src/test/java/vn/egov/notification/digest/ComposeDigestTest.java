package vn.egov.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.egov.notification.contact.EmailAddress;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.template.NotificationTemplates;

class ComposeDigestTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    final DigestProperties properties = bind(Map.of("console-url", "https://dvc.danang.gov.vn/"));
    final ComposeDigest compose = new ComposeDigest(NotificationTemplates.standalone(), properties);
    final Officer officer = new Officer("binh", "Trần Thị Bình", "binh@danang.gov.vn", "000.00.15.H17");

    static DigestProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("", DigestProperties.class);
    }

    static DueDossiers.Item item(String code, String due, int daysOverdue) {
        return new DueDossiers.Item(
                code, "1.001823", "Cấp Phiếu lý lịch tư pháp", "Nguyễn Văn An", LocalDate.parse(due), daysOverdue);
    }

    @Test
    void defaultsSendAtSevenInTheCityOnWorkingMornings() {
        DigestProperties defaults = bind(Map.of());

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.at()).isEqualTo(LocalTime.of(7, 0));
        assertThat(defaults.until()).isEqualTo(LocalTime.of(12, 0));
        assertThat(defaults.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(defaults.checkInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.dueWithinDays()).isEqualTo(2);
        assertThat(defaults.listLimit()).isEqualTo(50);
        assertThat(bind(Map.of("at", "06:30", "until", "11:00")).at()).isEqualTo(LocalTime.of(6, 30));
        assertThat(properties.consoleUrl()).isEqualTo("https://dvc.danang.gov.vn");
    }

    @Test
    void refusesAMorningThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> bind(Map.of("at", "12:00", "until", "07:00")))
                .hasRootCauseMessage("egov.notification.digest.until must be after at");
    }

    @Test
    void saysSoWhenASectionIsEmptyAndCountsWhatIsNotListed() {
        DueDossiers due = new DueDossiers(
                "000.00.15.H17",
                null,
                MONDAY,
                LocalDate.of(2026, 12, 9),
                new DueDossiers.Section(0, List.of()),
                new DueDossiers.Section(
                        3,
                        List.of(
                                item("000.00.15.H17-261201-0001", "2026-12-07", 0),
                                item("000.00.15.H17-261201-0002", "2026-12-09", 0))));

        Message.Email email = compose.compose(officer, new EmailAddress("binh@danang.gov.vn"), due, MONDAY);

        assertThat(email.subject()).isEqualTo("Hồ sơ quá hạn và sắp đến hạn — 000.00.15.H17 — 07/12/2026");
        assertThat(email.text())
                .contains("HỒ SƠ QUÁ HẠN: 0")
                .contains("Không có hồ sơ quá hạn.")
                .contains("- 000.00.15.H17-261201-0002 | Cấp Phiếu lý lịch tư pháp | Nguyễn Văn An | hạn 09/12/2026")
                .contains("và 1 hồ sơ khác: https://dvc.danang.gov.vn/can-bo?hanTrong=2")
                .contains("Hộp hồ sơ của cơ quan: https://dvc.danang.gov.vn/can-bo")
                .doesNotContain("quá hạn 0");
        assertThat(email.html())
                .contains("Không có hồ sơ quá hạn.")
                .contains("href=\"https://dvc.danang.gov.vn/can-bo/ho-so/000.00.15.H17-261201-0001\"")
                .contains("<a href=\"https://dvc.danang.gov.vn/can-bo?hanTrong=2\">và 1 hồ sơ khác</a>");
    }
}
