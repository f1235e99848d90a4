package vn.egov.sandbox.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.sandbox.inbox.Channel;
import vn.egov.sandbox.inbox.InboxMessage;
import vn.egov.sandbox.support.MutableClock;

class SendZnsMessageTest {

    private static final String TOKEN = "sandbox-zns-token";
    private static final String RECEIVED = "egov-dossier-received";

    private final MutableClock clock = MutableClock.at("2025-03-10T02:00:00Z");
    private final ZnsMessages messages = new ZnsMessages();
    private final SendZnsMessage zns = new SendZnsMessage(
            new ZnsProperties(
                    TOKEN,
                    3,
                    Map.of(
                            RECEIVED,
                            "Ho so <dossier_code> (<procedure_name>) da duoc tiep nhan. Hen tra: <due_date>.",
                            "egov-ping",
                            "Kiem tra ket noi")),
            messages,
            clock);

    private static Map<String, Object> receivedData() {
        return Map.of(
                "dossier_code", "000.00.15.H17-250310-0001",
                "procedure_name", "Cap Phieu ly lich tu phap",
                "due_date", "20/03/2025");
    }

    private static ZnsSubmission submission(
            String phone, String templateId, Map<String, Object> data, String tracking) {
        return new ZnsSubmission(TOKEN, phone, templateId, data, tracking);
    }

    @Nested
    class Sending {

        @Test
        void sendsTheRenderedTemplateAndShowsItInTheInbox() {
            ZnsResult result = zns.send(submission("84905123456", RECEIVED, receivedData(), "t-1"));

            assertThat(result.code()).isEqualTo(ZnsCode.SUCCESS);
            assertThat(result.sent().msgId()).matches("[0-9a-f]{20}");
            assertThat(result.sent().sentAt()).isEqualTo(OffsetDateTime.parse("2025-03-10T09:00:00+07:00"));
            assertThat(messages.messages())
                    .containsExactly(new InboxMessage(
                            Channel.ZALO,
                            "84905123456",
                            null,
                            "Ho so 000.00.15.H17-250310-0001 (Cap Phieu ly lich tu phap) da duoc tiep nhan."
                                    + " Hen tra: 20/03/2025.",
                            OffsetDateTime.parse("2025-03-10T09:00:00+07:00"),
                            result.sent().msgId(),
                            null));
        }

        @Test
        void reportsTheRemainingDailyQuotaWithoutGoingBelowZero() {
            assertThat(zns.send(submission("84905123456", "egov-ping", Map.of(), null))
                            .quota())
                    .isEqualTo(new ZnsQuota(3, 2));
            zns.send(submission("84905123456", "egov-ping", Map.of(), null));
            zns.send(submission("84905123456", "egov-ping", Map.of(), null));

            assertThat(zns.send(submission("84905123456", "egov-ping", null, null))
                            .quota())
                    .isEqualTo(new ZnsQuota(3, 0));
        }

        @Test
        void ignoresDataForParametersTheTemplateDoesNotHave() {
            Map<String, Object> data = new HashMap<>(receivedData());
            data.put("unused", "x");

            assertThat(zns.send(submission("84905123456", RECEIVED, data, null)).code())
                    .isEqualTo(ZnsCode.SUCCESS);
        }
    }

    @Nested
    class Refusing {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "expired-token"})
        void refusesAMissingOrWrongAccessTokenWithMinus124(String token) {
            ZnsResult result = zns.send(new ZnsSubmission(token, "84905123456", RECEIVED, receivedData(), null));

            assertThat(result).isEqualTo(new ZnsResult(ZnsCode.ACCESS_TOKEN_INVALID, null, null));
            assertThat(messages.messages()).isEmpty();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"0905123456", "+84905123456", "905123456", "8490512345", "849051234567", "84123456789"})
        void refusesPhonesNotWritten84AndNineDigitsOfAMobileWithMinus108(String phone) {
            assertThat(zns.send(submission(phone, RECEIVED, receivedData(), null))
                            .code())
                    .isEqualTo(ZnsCode.PHONE_NUMBER_INVALID);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"123456", "EGOV-DOSSIER-RECEIVED"})
        void refusesTemplatesTheOaDoesNotHaveWithMinus109(String templateId) {
            assertThat(zns.send(submission("84905123456", templateId, receivedData(), null))
                            .code())
                    .isEqualTo(ZnsCode.TEMPLATE_ID_INVALID);
        }

        @Test
        void refusesMissingOrEmptyTemplateDataWithMinus111() {
            assertThat(zns.send(submission("84905123456", RECEIVED, null, null)).code())
                    .isEqualTo(ZnsCode.TEMPLATE_DATA_EMPTY);
            assertThat(zns.send(submission("84905123456", RECEIVED, Map.of(), null))
                            .code())
                    .isEqualTo(ZnsCode.TEMPLATE_DATA_EMPTY);
        }

        @Test
        void refusesTemplateDataLackingAParameterWithMinus1122() {
            Map<String, Object> data = new HashMap<>(receivedData());
            data.remove("due_date");

            assertThat(zns.send(submission("84905123456", RECEIVED, data, null)).code())
                    .isEqualTo(ZnsCode.TEMPLATE_DATA_MISSING_PARAMETER);
            assertThat(messages.messages()).isEmpty();
        }
    }

    @Nested
    class TrackingIds {

        @Test
        void answersARepeatedTrackingIdWithTheFirstMessageAndKeepsOne() {
            ZnsResult first = zns.send(submission("84905123456", RECEIVED, receivedData(), "dossier-1:received"));
            ZnsResult repeat = zns.send(submission("84905123456", RECEIVED, receivedData(), "dossier-1:received"));

            assertThat(repeat.code()).isEqualTo(ZnsCode.SUCCESS);
            assertThat(repeat.sent()).isEqualTo(first.sent());
            assertThat(messages.messages()).hasSize(1);
        }

        @Test
        void sendsEveryMessageWithoutTrackingId() {
            zns.send(submission("84905123456", RECEIVED, receivedData(), null));
            zns.send(submission("84905123456", RECEIVED, receivedData(), " "));

            assertThat(messages.messages()).hasSize(2);
        }
    }
}
