package vn.egov.sandbox.sms;

import java.util.Objects;

/**
 * The text of a brandname SMS, valid for its encoding.
 *
 * @param content what the recipient reads
 * @param encoding how it is sent
 */
public record SmsText(String content, SmsEncoding encoding) {

    public SmsText {
        Objects.requireNonNull(encoding, "encoding");
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("an SMS needs a text");
        }
        if (!encoding.accepts(content)) {
            throw new IllegalArgumentException("text contains characters that " + encoding + " cannot carry");
        }
    }

    /** How many segments the text is billed as. */
    public int segments() {
        return encoding.segments(content);
    }
}
