package vn.egov.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void writesMoneyAndSharesAsVietnameseDo() {
        assertThat(formats.money(1_250_000)).isEqualTo("1.250.000 đ");
        assertThat(formats.money(0)).isEqualTo("Miễn phí");
        assertThat(formats.percent(0.4567)).isEqualTo("45,7 %");
        assertThat(formats.percent(1.0)).isEqualTo("100 %");
        assertThat(formats.percent(null)).isEqualTo("—");
    }

    @Test
    void writesDatesInTheCitysZone() {
        assertThat(formats.date(LocalDate.of(2026, 12, 7))).isEqualTo("07/12/2026");
        assertThat(formats.dateTime(OffsetDateTime.parse("2026-12-07T02:05:00Z")))
                .isEqualTo("09:05 ngày 07/12/2026");
    }

    @Test
    void namesStatusesInVietnamese() {
        assertThat(formats.status("AWAITING_PAYMENT")).isEqualTo("Chờ nộp phí, lệ phí");
        assertThat(formats.status("RESULT_RETURNED")).isEqualTo("Đã trả kết quả");
        assertThat(formats.statusTone("SUPPLEMENT_REQUESTED")).isEqualTo("action");
    }
}
