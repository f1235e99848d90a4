package vn.egov.sandbox.zalo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.egov.sandbox.inbox.MobileNumber;

/**
 * Sends a ZNS template message the way {@code POST https://business.openapi.zalo.me/message/template} does: checks the
 * access token, the phone number, the template and its data, renders the text, and sends once per tracking_id.
 */
@Service
public class SendZnsMessage {

    private static final Logger log = LoggerFactory.getLogger(SendZnsMessage.class);

    /*
     * The ZNS API reference asks for 84 followed by the national number without its 0. Zalo's help pages say newer
     * servers also take 0xxx, but the adapter must not rely on that, so the sandbox holds to the documented form.
     */
    private static final Pattern ZNS_PHONE = Pattern.compile("84\\d{9}");

    private final ZnsProperties properties;
    private final ZnsMessages messages;
    private final Clock clock;

    public SendZnsMessage(ZnsProperties properties, ZnsMessages messages, Clock clock) {
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    public ZnsResult send(ZnsSubmission submission) {
        if (!properties.accessToken().equals(submission.accessToken())) {
            return ZnsResult.refused(ZnsCode.ACCESS_TOKEN_INVALID);
        }
        Optional<MobileNumber> phone = Optional.ofNullable(submission.phone())
                .filter(raw -> ZNS_PHONE.matcher(raw).matches())
                .flatMap(MobileNumber::parseLenient);
        if (phone.isEmpty()) {
            return ZnsResult.refused(ZnsCode.PHONE_NUMBER_INVALID);
        }
        String templateText =
                submission.templateId() == null ? null : properties.templates().get(submission.templateId());
        if (templateText == null) {
            return ZnsResult.refused(ZnsCode.TEMPLATE_ID_INVALID);
        }
        ZnsTemplate template = new ZnsTemplate(submission.templateId(), templateText);
        Map<String, Object> data = submission.templateData();
        if ((data == null || data.isEmpty()) && !template.params().isEmpty()) {
            return ZnsResult.refused(ZnsCode.TEMPLATE_DATA_EMPTY);
        }
        List<String> missing = template.missingParams(data);
        if (!missing.isEmpty()) {
            log.warn("Refusing ZNS {} to {}: template_data lacks {}", template.id(), phone.get(), missing);
            return ZnsResult.refused(ZnsCode.TEMPLATE_DATA_MISSING_PARAMETER);
        }
        AcceptedZns candidate = new AcceptedZns(
                newMsgId(),
                blankToNull(submission.trackingId()),
                phone.get(),
                template.id(),
                template.render(data == null ? Map.of() : data),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        AcceptedZns kept = messages.acceptOnce(candidate);
        if (kept == candidate) {
            log.info("ZNS {} ({}) to {}: {}", kept.msgId(), kept.templateId(), kept.phone(), kept.text());
        }
        return new ZnsResult(ZnsCode.SUCCESS, kept, quotaToday());
    }

    private ZnsQuota quotaToday() {
        int sentToday = messages.countSentOn(OffsetDateTime.now(clock).toLocalDate());
        return new ZnsQuota(properties.dailyQuota(), Math.max(0, properties.dailyQuota() - sentToday));
    }

    /** ZNS msg_ids are 20 lowercase hex digits. */
    private static String newMsgId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
