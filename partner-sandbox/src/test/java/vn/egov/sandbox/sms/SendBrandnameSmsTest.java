package vn.egov.sandbox.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.sandbox.sms.SmsSubmissionFixture.anSms;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.sandbox.inbox.Channel;
import vn.egov.sandbox.inbox.InboxMessage;
import vn.egov.sandbox.support.MutableClock;

class SendBrandnameSmsTest {

    // 2025-03-10 22:30 in Vietnam: one and a half hours before midnight there.
    private final MutableClock clock = MutableClock.at("2025-03-10T15:30:00Z");
    private final BrandnameMessages messages = new BrandnameMessages();
    private final SendBrandnameSms gateway = new SendBrandnameSms(
            new SmsProperties("sandbox-sms-key", "sandbox-sms-secret", "EGOV-DN"), messages, clock);

    @Nested
    class Accepting {

        @Test
        void acceptsCustomerCareSmsAndShowsItInTheInbox() {
            EsmsResult result = gateway.send(anSms().build());

            assertThat(result.code()).isEqualTo(EsmsCode.ACCEPTED);
            assertThat(result.smsId()).isNotBlank();
            assertThat(messages.messages())
                    .containsExactly(new InboxMessage(
                            Channel.SMS,
                            "84905123456",
                            null,
                            "Ho so 000.00.15.H17-250310-0001 da duoc tiep nhan",
                            OffsetDateTime.parse("2025-03-10T22:30:00+07:00"),
                            result.smsId(),
                            1));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0905123456", "84905123456"})
        void acceptsBothPhoneSpellingsOfEsmsAndStoresTheCanonicalOne(String phone) {
            EsmsResult result = gateway.send(anSms().phone(phone).build());

            assertThat(result.code()).isEqualTo(EsmsCode.ACCEPTED);
            assertThat(messages.messages()).extracting(InboxMessage::to).containsExactly("84905123456");
        }

        @Test
        void acceptsAccentedTextWhenSentAsUnicodeAndBillsSeventyCharacterSegments() {
            String accented = "Hồ sơ của ông Nguyễn Văn An đã được tiếp nhận tại Sở Tư pháp thành phố Đà Nẵng.";

            EsmsResult result =
                    gateway.send(anSms().content(accented).isUnicode("1").build());

            assertThat(result.code()).isEqualTo(EsmsCode.ACCEPTED);
            assertThat(messages.messages()).singleElement().satisfies(message -> {
                assertThat(message.text()).isEqualTo(accented);
                assertThat(message.segments()).isEqualTo(2);
            });
        }

        @Test
        void countsUnaccentedSegmentsOf160ThenOf153() {
            gateway.send(anSms().content("a".repeat(161)).build());

            assertThat(messages.messages()).extracting(InboxMessage::segments).containsExactly(2);
        }

        @Test
        void validatesButNeitherStoresNorDeliversInEsmsSandboxMode() {
            EsmsResult result = gateway.send(anSms().sandbox("1").build());

            assertThat(result.code()).isEqualTo(EsmsCode.ACCEPTED);
            assertThat(messages.messages()).isEmpty();
        }
    }

    @Nested
    class Refusing {

        @Test
        void refusesWrongApiKeyWith101() {
            assertThat(gateway.send(anSms().apiKey("someone-else").build()))
                    .isEqualTo(new EsmsResult(EsmsCode.AUTHORIZE_FAILED, null));
            assertThat(messages.messages()).isEmpty();
        }

        @Test
        void refusesWrongSecretKeyWith101() {
            assertThat(gateway.send(anSms().secretKey("guess").build()).code()).isEqualTo(EsmsCode.AUTHORIZE_FAILED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"EGOV-HN", "egov-dn", ""})
        void refusesBrandnameNotRegisteredForTheAccountWith104(String brandname) {
            assertThat(gateway.send(anSms().brandname(brandname).build()).code())
                    .isEqualTo(EsmsCode.BRANDNAME_NOT_EXIST);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "8", "24"})
        void refusesMessageTypesOtherThanCustomerCareWith118(String smsType) {
            assertThat(gateway.send(anSms().smsType(smsType).build()).code()).isEqualTo(EsmsCode.UNSUPPORTED_SMS_TYPE);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"+84905123456", "0905 123 456", "090512345", "849051234567", "0123456789", "abc"})
        void refusesPhoneNumbersNotInEsmsFormWith108(String phone) {
            assertThat(gateway.send(anSms().phone(phone).build()).code()).isEqualTo(EsmsCode.PHONE_INVALID);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Hồ sơ đã được tiếp nhận", "Café", "Ho so `A`"})
        void refusesTextNotSendableUnaccentedWith146(String content) {
            assertThat(gateway.send(anSms().content(content).isUnicode("0").build())
                            .code())
                    .isEqualTo(EsmsCode.WRONG_CUSTOMER_CARE_TEMPLATE);
            assertThat(messages.messages()).isEmpty();
        }

        @Test
        void treatsAbsentIsUnicodeAsUnaccented() {
            assertThat(gateway.send(anSms().content("Đã tiếp nhận")
                                    .isUnicode(null)
                                    .build())
                            .code())
                    .isEqualTo(EsmsCode.WRONG_CUSTOMER_CARE_TEMPLATE);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void refusesEmptyTextWith146(String content) {
            assertThat(gateway.send(anSms().content(content).build()).code())
                    .isEqualTo(EsmsCode.WRONG_CUSTOMER_CARE_TEMPLATE);
        }
    }

    @Nested
    class RequestIds {

        @Test
        void answers124WithTheFirstSmsIdAndKeepsOneMessageForARepeatedRequestId() {
            EsmsResult first = gateway.send(anSms().requestId("notif-42").build());
            EsmsResult repeat = gateway.send(anSms().requestId("notif-42").build());

            assertThat(first.code()).isEqualTo(EsmsCode.ACCEPTED);
            assertThat(repeat).isEqualTo(new EsmsResult(EsmsCode.DUPLICATE_REQUEST_ID, first.smsId()));
            assertThat(messages.messages()).hasSize(1);
        }

        @Test
        void acceptsARequestIdAgainOnTheNextVietnameseDay() {
            EsmsResult first = gateway.send(anSms().requestId("notif-42").build());
            clock.advance(Duration.ofHours(2));

            EsmsResult nextDay = gateway.send(anSms().requestId("notif-42").build());

            assertThat(nextDay.code()).isEqualTo(EsmsCode.ACCEPTED);
            assertThat(nextDay.smsId()).isNotEqualTo(first.smsId());
            assertThat(messages.messages()).hasSize(2);
        }

        @Test
        void neverDeduplicatesMessagesWithoutRequestId() {
            gateway.send(anSms().requestId(null).build());
            gateway.send(anSms().requestId("").build());

            assertThat(messages.messages()).hasSize(2);
        }

        @Test
        void forgetsRequestIdsWhenTheInboxIsCleared() {
            gateway.send(anSms().requestId("notif-42").build());
            messages.clear();

            assertThat(gateway.send(anSms().requestId("notif-42").build()).code())
                    .isEqualTo(EsmsCode.ACCEPTED);
            assertThat(messages.messages()).hasSize(1);
        }

        @Test
        void doesNotSpendARequestIdOnARefusedRequest() {
            gateway.send(anSms().requestId("notif-42").brandname("OTHER").build());

            assertThat(gateway.send(anSms().requestId("notif-42").build()).code())
                    .isEqualTo(EsmsCode.ACCEPTED);
        }
    }
}
