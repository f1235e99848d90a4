package vn.egov.sandbox.zalo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;

/** Zalo's customer-service message API: the OA answers a user who wrote to it. */
@Service
public class SendOaText {

    /** Zalo's answer: {@code error} 0 and the message id, or an error code and message. */
    public record Result(int error, String message, String messageId, String userId) {}

    private final OaProperties properties;
    private final OaMessages messages;
    private final Clock clock;

    public SendOaText(OaProperties properties, OaMessages messages, Clock clock) {
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    public Result send(String accessToken, String userId, String text) {
        if (accessToken == null || !accessToken.equals(properties.accessToken())) {
            return new Result(-216, "Access token is invalid", null, null);
        }
        if (userId == null || !userId.matches("\\d{12,20}")) {
            return new Result(-213, "User has not followed OA or user id is invalid", null, null);
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            return new Result(-201, "Parameters invalid: message.text", null, null);
        }
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        String messageId = HexFormat.of().formatHex(id);
        messages.add(new OaMessages.SentText(
                messageId, userId, text, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(7))));
        return new Result(0, "Success", messageId, userId);
    }
}
