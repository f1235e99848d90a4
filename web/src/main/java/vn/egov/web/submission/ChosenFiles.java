package vn.egov.web.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;
import vn.egov.web.platform.PlatformApi;

/** The checks and the upload shape of a file a person chose, for the pages outside the submission form (supplement). */
public final class ChosenFiles {

    private ChosenFiles() {}

    /** What is wrong with the file before it is sent (type, size), in Vietnamese; empty when nothing is. */
    public static Optional<String> problemWith(MultipartFile file) {
        return SubmitOnline.checkFile(file);
    }

    /** The file as the attachments API takes it: its name without a path, its type by extension, its bytes. */
    public static PlatformApi.FileUpload asUpload(MultipartFile file) {
        String name = SubmitOnline.fileName(file);
        try {
            return new PlatformApi.FileUpload(name, SubmitOnline.typeOf(name), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
