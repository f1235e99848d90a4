package vn.egov.notification.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.egov.contracts.EventType;
import vn.egov.contracts.dossier.DossierEvents;
import vn.egov.contracts.payment.PaymentEvents;
import vn.egov.notification.contact.DossierContact;
import vn.egov.notification.delivery.Channel;
import vn.egov.notification.delivery.Message;
import vn.egov.notification.sms.UnaccentedText;
import vn.egov.notification.template.NotificationTemplates;
import vn.egov.notification.zalo.ZaloProperties;

/**
 * The consumer side of every dossier event the applicant hears about: each example of each handled schema in
 * contracts renders on every channel, and each message says what it must.
 */
class DossierNotificationTemplatesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PORTAL = "https://dichvucong.danang.gov.vn";
    private static final String CODE = "000.00.15.H17-261123-0001";

    private static final ComposeMessages COMPOSE = new ComposeMessages(
            NotificationTemplates.standalone(), new ZaloProperties("http://zns", "token", null, null));

    private static DossierContact contact(String procedureName, String dueDate, Long feeTotal) {
        return contact(procedureName, dueDate, feeTotal, feeTotal);
    }

    private static DossierContact contact(String procedureName, String dueDate, Long feeTotal, Long amountDue) {
        return new DossierContact(
                CODE,
                "1.001823",
                procedureName,
                "Sở Tư pháp thành phố Đà Nẵng",
                "ACCEPTED",
                2,
                dueDate,
                "Nguyễn Văn An",
                "0905 123 456",
                "an@example.vn",
                List.of("SMS", "ZALO", "EMAIL"),
                feeTotal,
                amountDue);
    }

    private static final DossierContact FULL_CONTACT = contact("Cấp Phiếu lý lịch tư pháp", "2026-12-04", 200_000L);
    /** What dossier-service may answer early on or today: no due date, no fee, no procedure name. */
    private static final DossierContact SPARSE_CONTACT = contact(null, null, null);

    @SuppressWarnings("unchecked")
    private static List<Message> compose(EventType type, ObjectNode data, DossierContact contact) {
        DossierNotification notification = Stream.of(NotificationFeed.values())
                .flatMap(feed -> feed.notificationFor(type.type()).stream())
                .findFirst()
                .orElseThrow();
        // The contract record reads the example, as the listener does before anything is sent.
        JSON.convertValue(data, notification.dataClass());
        Map<String, Object> model = NotificationModel.of(
                data.get("dossierCode").asString(),
                contact,
                JSON.convertValue(data, Map.class),
                occurredAt(data),
                ZONE,
                PORTAL);
        return COMPOSE.compose(notification, contact, model);
    }

    private static OffsetDateTime occurredAt(ObjectNode data) {
        for (String field : List.of("occurredAt", "issuedAt", "submittedAt", "paidAt", "refundedAt")) {
            if (data.hasNonNull(field)) {
                return OffsetDateTime.parse(data.get(field).asString());
            }
        }
        throw new IllegalArgumentException("no time in " + data);
    }

    private static <T extends Message> T only(List<Message> messages, Class<T> type) {
        return messages.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow();
    }

    private static EventType eventType(String type) {
        return Stream.concat(DossierEvents.ALL.stream(), PaymentEvents.ALL.stream())
                .filter(t -> t.type().equals(type))
                .findFirst()
                .orElseThrow();
    }

    static Stream<Arguments> everyExampleOfEveryHandledType() {
        return Stream.concat(DossierNotifications.ALL.stream(), PaymentNotifications.ALL.stream())
                .map(notification -> eventType(notification.eventType()))
                .flatMap(type -> SchemaExamples.of(type).stream().map(example -> Arguments.of(type.type(), example)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyExampleOfEveryHandledType")
    void rendersEverySchemaExampleOnEveryChannel(String type, ObjectNode example) {
        for (DossierContact contact : List.of(FULL_CONTACT, SPARSE_CONTACT)) {
            List<Message> messages = compose(eventType(type), example, contact);

            assertThat(messages).extracting(Message::channel).containsExactlyInAnyOrder(Channel.values());
            Message.Email email = only(messages, Message.Email.class);
            assertThat(email.subject()).contains(CODE).doesNotContain("null");
            assertThat(email.text())
                    .contains(CODE)
                    .contains("Kính gửi ông/bà Nguyễn Văn An")
                    .doesNotContain("null")
                    .doesNotContain("[(");
            assertThat(email.html()).contains(CODE).doesNotContain("th:").doesNotContain("null");
            Message.Sms sms = only(messages, Message.Sms.class);
            assertThat(sms.text()).contains(CODE).doesNotContain("null").hasSizeLessThanOrEqualTo(160);
            assertThat(new UnaccentedText(sms.text()).segments()).isEqualTo(1);
            Message.Zalo zalo = only(messages, Message.Zalo.class);
            assertThat(zalo.data()).containsEntry("dossier_code", CODE);
            assertThat(zalo.data().entrySet())
                    .filteredOn(e -> !e.getKey().equals("procedure_name"))
                    .allSatisfy(e -> assertThat(e.getValue()).isNotBlank());
        }
    }

    @Test
    void decidesAboutEveryDossierEventType() {
        Set<String> decided = new HashSet<>(DossierNotifications.SKIPPED.keySet());
        DossierNotifications.ALL.forEach(n -> assertThat(decided.add(n.eventType()))
                .as("%s is both handled and skipped", n.eventType())
                .isTrue());
        assertThat(decided)
                .containsExactlyInAnyOrderElementsOf(
                        DossierEvents.ALL.stream().map(EventType::type).toList());
    }

    @Test
    void decidesAboutEveryPaymentEventType() {
        Set<String> decided = new HashSet<>(PaymentNotifications.SKIPPED.keySet());
        PaymentNotifications.ALL.forEach(n -> assertThat(decided.add(n.eventType()))
                .as("%s is both handled and skipped", n.eventType())
                .isTrue());
        assertThat(decided)
                .containsExactlyInAnyOrderElementsOf(
                        PaymentEvents.ALL.stream().map(EventType::type).toList());
    }

    @Test
    void everyHandledTypeHasAZnsTemplateByDefault() {
        ZaloProperties defaults = new ZaloProperties("http://zns", "token", null, null);
        assertThat(DossierNotifications.ALL)
                .allSatisfy(n -> assertThat(defaults.templateFor(n.name())).isPresent());
        assertThat(PaymentNotifications.ALL)
                .allSatisfy(n -> assertThat(defaults.templateFor(n.name())).isPresent());
    }

    @Nested
    class PaymentReceived {

        private final List<Message> messages = compose(
                PaymentEvents.SUCCEEDED,
                SchemaExamples.of(PaymentEvents.SUCCEEDED).get(0),
                FULL_CONTACT);

        @Test
        void givesTheAmountPaidTheReceiptNumberAndWhereTheReceiptIsDownloaded() {
            Message.Email email = only(messages, Message.Email.class);
            assertThat(email.subject()).isEqualTo("Hồ sơ " + CODE + ": đã nhận thanh toán phí, lệ phí");
            assertThat(email.text())
                    .contains("đã nhận thanh toán phí, lệ phí 200.000 đồng cho hồ sơ " + CODE)
                    .contains("Số biên lai: BLDT-26E/0000012")
                    .contains("Hình thức thanh toán: ví MoMo")
                    .contains("Thời điểm thanh toán: 10:04 27/11/2026")
                    .contains("hoặc mở trực tiếp: " + PORTAL
                            + "/api/payments/5f0c7c1e-3b1a-4a53-9a55-0d6f0e8b2c11/receipt");
            assertThat(email.html())
                    .contains("href=\"" + PORTAL + "/api/payments/5f0c7c1e-3b1a-4a53-9a55-0d6f0e8b2c11/receipt\"")
                    .contains("BLDT-26E/0000012");
            assertThat(only(messages, Message.Sms.class).text())
                    .isEqualTo("Cong DVC Da Nang: Ho so " + CODE
                            + " da thanh toan 200.000 dong, bien lai so BLDT-26E/0000012. Tai bien lai tren Cong DVC"
                            + " Da Nang.");
            Message.Zalo zalo = only(messages, Message.Zalo.class);
            assertThat(zalo.templateId()).isEqualTo("egov-payment-received");
            assertThat(zalo.data())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "dossier_code", CODE, "amount", "200.000 đồng", "receipt_number", "BLDT-26E/0000012"));
        }

        @Test
        void tellsTheAmountPaidEvenWhenTheDossierOwesAnother() {
            List<Message> messages = compose(
                    PaymentEvents.SUCCEEDED,
                    SchemaExamples.of(PaymentEvents.SUCCEEDED).get(0),
                    contact("Cấp Phiếu lý lịch tư pháp", "2026-12-04", 200_000L, 350_000L));
            assertThat(only(messages, Message.Zalo.class).data()).containsEntry("amount", "200.000 đồng");
        }
    }

    @Test
    void tellsThatAFeeWasRefunded() {
        List<Message> messages = compose(
                PaymentEvents.REFUNDED,
                SchemaExamples.of(PaymentEvents.REFUNDED).get(0),
                FULL_CONTACT);
        Message.Email email = only(messages, Message.Email.class);
        assertThat(email.subject()).isEqualTo("Hồ sơ " + CODE + ": phí, lệ phí đã được hoàn trả");
        assertThat(email.text())
                .contains("Khoản phí, lệ phí 200.000 đồng đã thanh toán cho hồ sơ " + CODE
                        + " đã được hoàn trả cho ông/bà qua ví MoMo.")
                .contains("Mã hoàn tiền: 9b2d1f40-7a11-4c0e-8f4e-2b1f7c3d5e60");
        assertThat(only(messages, Message.Sms.class).text())
                .isEqualTo("Cong DVC Da Nang: Ho so " + CODE
                        + ": khoan phi, le phi 200.000 dong da duoc hoan tra cho ong/ba qua vi MoMo.");
        Message.Zalo zalo = only(messages, Message.Zalo.class);
        assertThat(zalo.templateId()).isEqualTo("egov-payment-refunded");
        assertThat(zalo.data())
                .containsExactlyInAnyOrderEntriesOf(Map.of("dossier_code", CODE, "amount", "200.000 đồng"));
    }

    @Test
    void tellsThePaymentRequestsStatedAmountRatherThanTheFee() {
        List<Message> messages = compose(
                DossierEvents.PAYMENT_REQUESTED,
                SchemaExamples.of(DossierEvents.PAYMENT_REQUESTED).get(0),
                contact("Cấp Phiếu lý lịch tư pháp", "2026-12-04", 200_000L, 350_000L));
        assertThat(only(messages, Message.Email.class).text()).contains("Số tiền cần thanh toán: 350.000 đồng");
        assertThat(only(messages, Message.Zalo.class).data()).containsEntry("amount", "350.000 đồng");
    }

    @Nested
    class Accepted {

        private final List<Message> messages = compose(
                DossierEvents.ACCEPTED,
                SchemaExamples.of(DossierEvents.ACCEPTED).get(0),
                FULL_CONTACT);

        @Test
        void givesTheDueDateTheEventAnnounced() {
            assertThat(only(messages, Message.Email.class).text())
                    .contains("Hồ sơ " + CODE + " đã được tiếp nhận hợp lệ, hẹn trả kết quả ngày 01/12/2026.");
            assertThat(only(messages, Message.Sms.class).text())
                    .isEqualTo("Cong DVC Da Nang: Ho so " + CODE
                            + " (Cap Phieu ly lich tu phap) da duoc tiep nhan hop le. Hen tra ket qua ngay"
                            + " 01/12/2026.");
            assertThat(only(messages, Message.Zalo.class).templateId()).isEqualTo("egov-dossier-accepted");
            assertThat(only(messages, Message.Zalo.class).data()).containsEntry("due_date", "01/12/2026");
        }

        @Test
        void fallsBackOnTheContactsDueDateWhenTheEventHasNone() {
            ObjectNode data = SchemaExamples.of(DossierEvents.ACCEPTED).get(0);
            data.putNull("dueDate");
            assertThat(only(compose(DossierEvents.ACCEPTED, data, FULL_CONTACT), Message.Sms.class)
                            .text())
                    .endsWith("Hen tra ket qua ngay 04/12/2026.");
        }
    }

    @Test
    void tellsWhyADossierWasNotAccepted() {
        List<Message> messages = compose(
                DossierEvents.NOT_ACCEPTED,
                SchemaExamples.of(DossierEvents.NOT_ACCEPTED).get(0),
                FULL_CONTACT);
        assertThat(only(messages, Message.Email.class).text())
                .contains("Hồ sơ " + CODE + " của ông/bà không được tiếp nhận.")
                .contains("Lý do: Hồ sơ không thuộc thẩm quyền giải quyết");
        assertThat(only(messages, Message.Sms.class).text())
                .contains("khong duoc tiep nhan. Ly do: Ho so khong thuoc tham quyen giai quyet");
        assertThat(only(messages, Message.Zalo.class).data())
                .containsEntry("reason", "Hồ sơ không thuộc thẩm quyền giải quyết");
    }

    @Nested
    class SupplementRequested {

        @Test
        void saysWhatIsMissing() {
            List<Message> messages = compose(
                    DossierEvents.SUPPLEMENT_REQUESTED,
                    SchemaExamples.of(DossierEvents.SUPPLEMENT_REQUESTED).get(0),
                    FULL_CONTACT);
            assertThat(only(messages, Message.Email.class).text())
                    .contains("Nội dung cần bổ sung: Thiếu: Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp");
            assertThat(only(messages, Message.Sms.class).text())
                    .contains("can bo sung, nop bo sung tren Cong DVC hoac tai mot cua.")
                    .endsWith("Thieu: To khai yeu cau cap Phieu ly lich tu phap");
        }

        @Test
        void shortensALongListOfMissingDocumentsToKeepTheSmsInOneSegment() {
            ObjectNode data =
                    SchemaExamples.of(DossierEvents.SUPPLEMENT_REQUESTED).get(0);
            String missing = "Thiếu: Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp; bản chụp Căn cước công dân; văn bản ủy"
                    + " quyền có chứng thực; giấy tờ chứng minh nơi cư trú tại thành phố Đà Nẵng";
            data.put("reason", missing);
            Message.Sms sms = only(compose(DossierEvents.SUPPLEMENT_REQUESTED, data, FULL_CONTACT), Message.Sms.class);
            assertThat(sms.text())
                    .hasSizeLessThanOrEqualTo(160)
                    .contains(CODE)
                    .contains("Thieu: To khai")
                    .endsWith("...");
            assertThat(only(compose(DossierEvents.SUPPLEMENT_REQUESTED, data, FULL_CONTACT), Message.Email.class)
                            .text())
                    .contains(missing);
        }
    }

    @Nested
    class PaymentRequested {

        @Test
        void givesTheAmountAndHowToPayOnline() {
            List<Message> messages = compose(
                    DossierEvents.PAYMENT_REQUESTED,
                    SchemaExamples.of(DossierEvents.PAYMENT_REQUESTED).get(0),
                    FULL_CONTACT);
            assertThat(only(messages, Message.Email.class).text())
                    .contains("Số tiền cần thanh toán: 200.000 đồng")
                    .contains("Cách thanh toán trực tuyến:")
                    .contains(PORTAL)
                    .contains("MoMo");
            assertThat(only(messages, Message.Email.class).html()).contains("href=\"" + PORTAL + "\"");
            assertThat(only(messages, Message.Sms.class).text())
                    .contains("cho thanh toan phi, le phi 200.000 dong")
                    .contains("thanh toan truc tuyen");
            assertThat(only(messages, Message.Zalo.class).data()).containsEntry("amount", "200.000 đồng");
        }

        @Test
        void sendsToThePortalWhenTheAmountIsNotKnown() {
            List<Message> messages = compose(
                    DossierEvents.PAYMENT_REQUESTED,
                    SchemaExamples.of(DossierEvents.PAYMENT_REQUESTED).get(0),
                    SPARSE_CONTACT);
            assertThat(only(messages, Message.Email.class).text())
                    .contains("Số tiền cần thanh toán: " + NotificationModel.NO_AMOUNT);
            assertThat(only(messages, Message.Sms.class).text()).contains("cho thanh toan phi, le phi. Vui long");
            assertThat(only(messages, Message.Zalo.class).data()).containsEntry("amount", NotificationModel.NO_AMOUNT);
        }
    }

    @Test
    void tellsThatTheResultIsReady() {
        List<Message> messages = compose(
                DossierEvents.PROCESSED,
                SchemaExamples.of(DossierEvents.PROCESSED).get(0),
                FULL_CONTACT);
        assertThat(only(messages, Message.Email.class).subject()).isEqualTo("Hồ sơ " + CODE + ": kết quả đã sẵn sàng");
        assertThat(only(messages, Message.Email.class).text()).contains("kết quả đã sẵn sàng");
        assertThat(only(messages, Message.Sms.class).text()).contains("ket qua da san sang");
        assertThat(only(messages, Message.Zalo.class).templateId()).isEqualTo("egov-result-ready");
        assertThat(only(messages, Message.Zalo.class).data()).containsEntry("status", "Đã xử lý xong");
    }

    @Test
    void apologisesWithFormZeroFourAndTheNewDate() {
        List<Message> messages = compose(
                DossierEvents.APOLOGY_ISSUED,
                SchemaExamples.of(DossierEvents.APOLOGY_ISSUED).get(0),
                FULL_CONTACT);
        Message.Email email = only(messages, Message.Email.class);
        assertThat(email.subject()).isEqualTo("Phiếu xin lỗi và hẹn lại ngày trả kết quả hồ sơ " + CODE);
        assertThat(email.text())
                .startsWith("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
                .contains("Thời hạn giải quyết hồ sơ theo quy định: 01/12/2026")
                .contains("Lý do: Chờ kết quả xác minh của cơ quan công an")
                .contains("Sở Tư pháp thành phố Đà Nẵng xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ cho ông/bà"
                        + " vào ngày 08/12/2026.");
        assertThat(only(messages, Message.Sms.class).text())
                .isEqualTo("Cong DVC Da Nang xin loi ong/ba: ho so " + CODE
                        + " chua co ket qua dung hen 01/12/2026. Hen tra ket qua moi: 08/12/2026.");
        assertThat(only(messages, Message.Zalo.class).data())
                .containsEntry("due_date", "01/12/2026")
                .containsEntry("new_due_date", "08/12/2026")
                .containsEntry("reason", "Chờ kết quả xác minh của cơ quan công an");
    }
}
