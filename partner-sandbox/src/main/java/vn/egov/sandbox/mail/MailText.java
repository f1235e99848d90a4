package vn.egov.sandbox.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the text/plain body of an e-mail, however deeply it sits in multipart/mixed and multipart/alternative, with
 * SMTP's CRLF line ends turned back into LF and the trailing line break dropped, as the author wrote it.
 */
final class MailText {

    private static final Pattern TRAILING_LINE_BREAKS = Pattern.compile("\\n+$");

    private MailText() {}

    static Optional<String> plainTextOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.of(TRAILING_LINE_BREAKS
                    .matcher(part.getContent().toString().replace("\r\n", "\n"))
                    .replaceFirst(""));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> text = plainTextOf(multipart.getBodyPart(i));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}
