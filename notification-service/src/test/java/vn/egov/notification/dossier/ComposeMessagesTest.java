package vn.egov.notification.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.dossier.DossierSubmitted;
import vn.egov.notification.contact.DossierContact;
import vn.egov.notification.delivery.Channel;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.sms.UnaccentedText;
import vn.egov.notification.template.NotificationTemplates;
import vn.egov.notification.zalo.ZaloProperties;

/** The consumer of {@code vn.egov.dossier.submitted}, fed the schema's own example. */
class ComposeMessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DossierNotification SUBMITTED = NotificationFeed.DOSSIER_EVENTS
            .notificationFor(DossierEvents.SUBMITTED.type())
            .orElseThrow();

    private final ComposeMessages compose = new ComposeMessages(
            NotificationTemplates.standalone(), new ZaloProperties("http://zns", "token", null, null));

    private static DossierContact contact(String procedureName, String dueDate, List<String> channels) {
        return new DossierContact(
                "000.00.15.H17-261123-0001",
                "1.001823",
                procedureName,
                "Sở Tư pháp thành phố Đà Nẵng",
                "NEW",
                1,
                dueDate,
                "Nguyễn Văn An",
                "0905 123 456",
                "An.Nguyen@Example.vn",
                channels,
                null,
                null);
    }

    private static List<Message> composeFromExample(ComposeMessages compose, DossierContact contact) {
        Map<String, Object> data = JSON.convertValue(DossierSubmittedExample.data(), Map.class);
        DossierSubmitted submitted = JSON.convertValue(DossierSubmittedExample.data(), DossierSubmitted.class);
        Map<String, Object> model = NotificationModel.of(
                submitted.dossierCode(),
                contact,
                data,
                submitted.submittedAt(),
                ZONE,
                "https://dichvucong.danang.gov.vn");
        return compose.compose(SUBMITTED, contact, model);
    }

    @Test
    void readsTheSchemaExampleIntoTheContractRecord() {
        DossierSubmitted submitted = JSON.convertValue(DossierSubmittedExample.data(), DossierSubmitted.class);
        assertThat(submitted.dossierCode()).isEqualTo("000.00.15.H17-261123-0001");
        assertThat(submitted.submittedAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T09:15:00+07:00"));
    }

    @Nested
    class ForEveryChosenChannel {

        private final List<Message> messages = composeFromExample(
                compose, contact("Cấp Phiếu lý lịch tư pháp", "2026-12-04", List.of("SMS", "ZALO", "EMAIL")));

        private <T extends Message> T only(Class<T> type) {
            return messages.stream()
                    .filter(type::isInstance)
                    .map(type::cast)
                    .findFirst()
                    .orElseThrow();
        }

        @Test
        void composesOneMessagePerChannel() {
            assertThat(messages).extracting(Message::channel).containsExactlyInAnyOrder(Channel.values());
        }

        @Test
        void writesAVietnameseEmailWithTextAndHtml() {
            Message.Email email = only(Message.Email.class);
            assertThat(email.to().value()).isEqualTo("an.nguyen@example.vn");
            assertThat(email.subject()).isEqualTo("Hồ sơ 000.00.15.H17-261123-0001 của bạn đã được tiếp nhận");
            assertThat(email.text())
                    .contains("Hồ sơ của bạn đã được tiếp nhận.")
                    .contains("Mã hồ sơ: 000.00.15.H17-261123-0001")
                    .contains("Thủ tục: Cấp Phiếu lý lịch tư pháp")
                    .contains("Thời điểm tiếp nhận: 09:15 23/11/2026")
                    .contains("Ngày hẹn trả kết quả: 04/12/2026");
            assertThat(email.html())
                    .contains("<strong>Nguyễn Văn An</strong>")
                    .contains("<td>Cấp Phiếu lý lịch tư pháp</td>")
                    .doesNotContain("th:");
        }

        @Test
        void writesAnUnaccentedSmsInOneSegment() {
            Message.Sms sms = only(Message.Sms.class);
            assertThat(sms.to().msisdn()).isEqualTo("84905123456");
            assertThat(sms.text())
                    .isEqualTo("Cong DVC Da Nang: Ho so 000.00.15.H17-261123-0001 (Cap Phieu ly lich tu phap) cua"
                            + " ong/ba da duoc tiep nhan luc 09:15 23/11/2026. Hen tra: 04/12/2026.");
            assertThat(new UnaccentedText(sms.text()).segments()).isEqualTo(1);
        }

        @Test
        void fillsTheZnsTemplateParameters() {
            Message.Zalo zalo = only(Message.Zalo.class);
            assertThat(zalo.to().msisdn()).isEqualTo("84905123456");
            assertThat(zalo.templateId()).isEqualTo("egov-dossier-received");
            assertThat(zalo.data())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "dossier_code", "000.00.15.H17-261123-0001",
                            "procedure_name", "Cấp Phiếu lý lịch tư pháp",
                            "due_date", "04/12/2026"));
        }
    }

    @Test
    void shortensALongProcedureNameToKeepTheSmsInOneSegment() {
        String longName = "Cấp giấy chứng nhận đủ điều kiện kinh doanh dịch vụ lữ hành nội địa và quốc tế cho doanh"
                + " nghiệp có trụ sở chính tại thành phố Đà Nẵng";
        Message.Sms sms = (Message.Sms) composeFromExample(compose, contact(longName, null, List.of("SMS")))
                .get(0);
        assertThat(sms.text())
                .hasSizeLessThanOrEqualTo(160)
                .contains("(Cap giay chung nhan du dieu kien")
                .contains("...)");
        assertThat(sms.text()).contains("000.00.15.H17-261123-0001").doesNotContain("Hen tra");
    }

    @Test
    void sendsOnlyOnTheChannelsTheApplicantChose() {
        List<Message> messages =
                composeFromExample(compose, contact("Cấp Phiếu lý lịch tư pháp", null, List.of("EMAIL", "FAX")));
        assertThat(messages).extracting(Message::channel).containsExactly(Channel.EMAIL);
    }

    @Test
    void leavesOutAChannelWithoutAUsableAddress() {
        DossierContact noPhone = new DossierContact(
                "000.00.15.H17-261123-0001",
                "1.001823",
                "Cấp Phiếu lý lịch tư pháp",
                "Sở Tư pháp thành phố Đà Nẵng",
                "NEW",
                1,
                null,
                "Nguyễn Văn An",
                "02363 821 234",
                "an@example.vn",
                List.of("SMS", "ZALO", "EMAIL"),
                null,
                null);
        assertThat(composeFromExample(compose, noPhone))
                .extracting(Message::channel)
                .containsExactly(Channel.EMAIL);
    }

    @Test
    void tellsZaloThatTheDueDateIsNotKnownYet() {
        Message.Zalo zalo =
                (Message.Zalo) composeFromExample(compose, contact("Cấp Phiếu lý lịch tư pháp", null, List.of("ZALO")))
                        .get(0);
        assertThat(zalo.data()).containsEntry("due_date", NotificationModel.NO_DUE_DATE);
    }
}
