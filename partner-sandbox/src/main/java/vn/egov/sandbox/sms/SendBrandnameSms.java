package vn.egov.sandbox.sms;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.egov.sandbox.inbox.MobileNumber;

/**
 * Sends a customer-care brandname SMS the way eSMS's {@code SendMultipleMessage_V4_post_json} does: checks the
 * account, the message type, the brandname, the phone number and the text, then accepts the message once per
 * RequestId.
 */
@Service
public class SendBrandnameSms {

    private static final Logger log = LoggerFactory.getLogger(SendBrandnameSms.class);

    /** The only SmsType simulated: 2, customer care ("CSKH"), the one that needs a brandname. */
    static final String CUSTOMER_CARE = "2";

    /** The two spellings eSMS's samples use: 0xxxxxxxxx and 84xxxxxxxxx, mobile prefixes only. */
    private static final Pattern ESMS_PHONE = Pattern.compile("(0|84)[35789]\\d{8}");

    private final SmsProperties properties;
    private final BrandnameMessages messages;
    private final Clock clock;

    public SendBrandnameSms(SmsProperties properties, BrandnameMessages messages, Clock clock) {
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    public EsmsResult send(SmsSubmission submission) {
        if (!properties.apiKey().equals(submission.apiKey())
                || !properties.secretKey().equals(submission.secretKey())) {
            return EsmsResult.refused(EsmsCode.AUTHORIZE_FAILED);
        }
        if (!CUSTOMER_CARE.equals(strip(submission.smsType()))) {
            return EsmsResult.refused(EsmsCode.UNSUPPORTED_SMS_TYPE);
        }
        if (!properties.brandname().equals(submission.brandname())) {
            return EsmsResult.refused(EsmsCode.BRANDNAME_NOT_EXIST);
        }
        String phone = strip(submission.phone());
        if (phone == null || !ESMS_PHONE.matcher(phone).matches()) {
            return EsmsResult.refused(EsmsCode.PHONE_INVALID);
        }
        // Absent or anything but "1" means unaccented, as at eSMS where IsUnicode defaults to 0.
        SmsEncoding encoding = "1".equals(strip(submission.isUnicode())) ? SmsEncoding.UCS2 : SmsEncoding.GSM_7BIT;
        String content = submission.content();
        if (content == null || content.isBlank() || !encoding.accepts(content)) {
            log.warn("Refusing SMS to {}: text is empty or not sendable as {}", phone, encoding);
            return EsmsResult.refused(EsmsCode.WRONG_CUSTOMER_CARE_TEMPLATE);
        }
        AcceptedSms candidate = new AcceptedSms(
                UUID.randomUUID().toString(),
                blankToNull(submission.requestId()),
                MobileNumber.parseLenient(phone).orElseThrow(),
                submission.brandname(),
                new SmsText(content, encoding),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        if ("1".equals(strip(submission.sandbox()))) {
            // eSMS's own test mode validates but neither stores nor delivers the message.
            log.info("Validated SMS to {} in eSMS Sandbox mode; not delivered", phone);
            return new EsmsResult(EsmsCode.ACCEPTED, candidate.smsId());
        }
        AcceptedSms kept = messages.acceptOnce(candidate);
        if (kept != candidate) {
            return new EsmsResult(EsmsCode.DUPLICATE_REQUEST_ID, kept.smsId());
        }
        log.info(
                "SMS {} from {} to {} ({} segment(s)): {}",
                kept.smsId(),
                kept.brandname(),
                kept.phone(),
                kept.text().segments(),
                kept.text().content());
        return new EsmsResult(EsmsCode.ACCEPTED, kept.smsId());
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
