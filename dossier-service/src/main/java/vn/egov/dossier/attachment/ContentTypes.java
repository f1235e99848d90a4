package vn.egov.dossier.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells a file's media type from its first bytes (magic numbers), ignoring its name and the type the client declared:
 * a renamed executable is not a PDF because its name ends in {@code .pdf}.
 */
public final class ContentTypes {

    private static final Detector DETECTOR = MimeTypes.getDefaultMimeTypes();

    private ContentTypes() {}

    /**
     * @param content must support mark/reset (e.g. a {@link java.io.BufferedInputStream}); it is reset to where it was
     * @return e.g. {@code application/pdf}; {@code application/octet-stream} when nothing matches
     */
    public static String detect(InputStream content) {
        if (!content.markSupported()) {
            throw new IllegalArgumentException("detection needs a stream that can be reset");
        }
        try {
            return DETECTOR.detect(content, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
