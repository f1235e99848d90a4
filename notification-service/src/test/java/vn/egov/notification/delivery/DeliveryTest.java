package vn.egov.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.egov.notification.contact.EmailAddress;
import vn.egov.values.PhoneNumber;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:15:00Z");
    private static final Message SMS = new Message.Sms(PhoneNumber.parse("84905123456"), "Ho so da duoc tiep nhan");

    private static Delivery pending(Message message) {
        return Delivery.pending(
                "event-1",
                "vn.egov.dossier.submitted",
                "000.00.15.H17-261123-0001",
                message,
                NOW,
                NOW.plusSeconds(120));
    }

    @Nested
    class StateMachine {

        @Test
        void startsPendingAndOutOfTheSchedulersReachDuringItsLease() {
            Delivery delivery = pending(SMS);
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(delivery.isDue(NOW.plusSeconds(60))).isFalse();
            assertThat(delivery.isDue(NOW.plusSeconds(120))).isTrue();
        }

        @Test
        void keepsTheReceiptWhenSent() {
            Delivery delivery = pending(SMS);
            delivery.markSent("sms-42", NOW.plusSeconds(1));
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(delivery.providerMessageId()).hasValue("sms-42");
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.isDue(NOW.plusSeconds(3600))).isFalse();
        }

        @Test
        void countsFailedAttemptsAndCanStillBeSentLater() {
            Delivery delivery = pending(SMS);
            delivery.markFailed("HTTP 503", NOW, Optional.of(NOW.plusSeconds(30)));
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(delivery.lastError()).hasValue("HTTP 503");
            assertThat(delivery.isDue(NOW.plusSeconds(30))).isTrue();
            delivery.markSent("sms-43", NOW.plusSeconds(31));
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(delivery.attempts()).isEqualTo(2);
            assertThat(delivery.lastError()).isEmpty();
        }

        @Test
        void isNeverDueOnceGivenUp() {
            Delivery delivery = pending(SMS);
            delivery.markFailed("CodeResult 108", NOW, Optional.empty());
            assertThat(delivery.isDue(NOW.plusSeconds(86_400))).isFalse();
        }

        @Test
        void refusesToChangeASentDelivery() {
            Delivery delivery = pending(SMS);
            delivery.markSent("sms-42", NOW);
            assertThatThrownBy(() -> delivery.markFailed("late", NOW, Optional.empty()))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> delivery.markSent("again", NOW)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void postponingDoesNotUseUpAnAttempt() {
            Delivery delivery = pending(SMS);
            delivery.postpone("circuit open", NOW, NOW.plusSeconds(30));
            assertThat(delivery.attempts()).isZero();
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        }
    }

    @Nested
    class PlannedMessage {

        @Test
        void givesBackTheMessageItWasPlannedWith() {
            var zalo = new Message.Zalo(
                    PhoneNumber.parse("84905123456"), "egov-dossier-received", Map.of("dossier_code", "X"));
            assertThat(pending(zalo).message()).isEqualTo(zalo);
            var email = new Message.Email(new EmailAddress("an@example.vn"), "Chủ đề", "Văn bản", "<p>Văn bản</p>");
            assertThat(pending(email).message()).isEqualTo(email);
        }

        @Test
        void masksPhoneNumbersAndEmailAddressesInTheLog() {
            assertThat(pending(SMS).maskedRecipient()).isEqualTo("090****456");
            var email = new Message.Email(new EmailAddress("an.nguyen@example.vn"), "s", "t", "<p>h</p>");
            assertThat(pending(email).maskedRecipient()).isEqualTo("a***@example.vn");
        }
    }
}
