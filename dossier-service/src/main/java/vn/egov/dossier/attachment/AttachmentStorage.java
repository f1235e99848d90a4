package vn.egov.dossier.attachment;

import java.io.InputStream;

/** Where the bytes of attachments live. The metadata stays in PostgreSQL ({@link Attachments}). */
public interface AttachmentStorage {

    /**
     * Stores {@code size} bytes under {@code key}, replacing nothing: keys are fresh random ids.
     *
     * @param content read to its end; the caller closes it
     */
    void put(String key, InputStream content, long size, String contentType);

    /** The stored bytes; the caller closes the stream. */
    InputStream open(String key);

    /** Removes the object if present (clean-up after a failed upload). */
    void delete(String key);
}
