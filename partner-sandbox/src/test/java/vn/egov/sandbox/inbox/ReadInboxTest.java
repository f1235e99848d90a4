package vn.egov.sandbox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadInboxTest {

    private final ListSource sms = new ListSource();
    private final ListSource mail = new ListSource();
    private final ReadInbox inbox = new ReadInbox(List.of(sms, mail));

    private static InboxMessage message(Channel channel, String to, String time, String id) {
        return new InboxMessage(channel, to, null, "text " + id, OffsetDateTime.parse(time), id, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0905123456", "84905123456", "+84905123456"})
    void findsAPhoneNumbersMessagesWhicheverWayItIsSpelled(String to) {
        sms.add(message(Channel.SMS, "84905123456", "2025-03-10T09:00:00+07:00", "mine"));
        sms.add(message(Channel.SMS, "84911111111", "2025-03-10T09:01:00+07:00", "other"));

        assertThat(inbox.read(Recipient.parse(to), 100))
                .extracting(InboxMessage::providerMessageId)
                .containsExactly("mine");
    }

    @Test
    void findsAnEmailAddressesMessagesWithoutRegardToCase() {
        mail.add(message(Channel.EMAIL, "an.nguyen@example.vn", "2025-03-10T09:00:00+07:00", "mine"));
        mail.add(message(Channel.EMAIL, "binh@example.vn", "2025-03-10T09:00:00+07:00", "other"));

        assertThat(inbox.read(Recipient.parse("An.Nguyen@Example.VN"), 100))
                .extracting(InboxMessage::providerMessageId)
                .containsExactly("mine");
    }

    @Test
    void mergesChannelsOldestFirst() {
        sms.add(message(Channel.SMS, "84905123456", "2025-03-10T09:02:00+07:00", "third"));
        mail.add(message(Channel.EMAIL, "an@example.vn", "2025-03-10T02:00:30Z", "second"));
        sms.add(message(Channel.SMS, "84905123456", "2025-03-10T09:00:00+07:00", "first"));

        assertThat(inbox.read(Optional.empty(), 100))
                .extracting(InboxMessage::providerMessageId)
                .containsExactly("first", "second", "third");
    }

    @Test
    void keepsTheNewestMessagesWithinTheLimit() {
        for (int minute = 10; minute < 15; minute++) {
            sms.add(message(Channel.SMS, "84905123456", "2025-03-10T09:" + minute + ":00+07:00", "m" + minute));
        }

        assertThat(inbox.read(Optional.empty(), 2))
                .extracting(InboxMessage::providerMessageId)
                .containsExactly("m13", "m14");
    }

    @Test
    void readsNothingForAnUnknownRecipient() {
        sms.add(message(Channel.SMS, "84905123456", "2025-03-10T09:00:00+07:00", "mine"));

        assertThat(inbox.read(Recipient.parse("0911111111"), 100)).isEmpty();
    }

    @Test
    void recognisesNeitherAddressNorNumberAsNoRecipient() {
        assertThat(Recipient.parse("not a number")).isEmpty();
        assertThat(Recipient.parse(" ")).isEmpty();
    }

    @Test
    void clearingEmptiesEverySource() {
        sms.add(message(Channel.SMS, "84905123456", "2025-03-10T09:00:00+07:00", "a"));
        mail.add(message(Channel.EMAIL, "an@example.vn", "2025-03-10T09:00:00+07:00", "b"));

        new ClearInbox(List.of(sms, mail)).clear();

        assertThat(inbox.read(Optional.empty(), 100)).isEmpty();
    }

    private static final class ListSource implements MessageSource {

        private final List<InboxMessage> messages = new ArrayList<>();

        void add(InboxMessage message) {
            messages.add(message);
        }

        @Override
        public List<InboxMessage> messages() {
            return List.copyOf(messages);
        }

        @Override
        public void clear() {
            messages.clear();
        }
    }
}
