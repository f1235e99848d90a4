package vn.egov.web.submission;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.egov.web.catalogue.ProcedureDetail;
import vn.egov.web.platform.ApiProblem;
import vn.egov.web.platform.PlatformApi;
import vn.egov.web.platform.PlatformUnavailable;
import vn.egov.web.view.FormErrors;

/**
 * Submits a filled-in form: each newly chosen file is checked (type, size) and uploaded through the attachments API,
 * then the dossier is submitted with the form's key as its {@code Idempotency-Key}. What the person must correct
 * comes back as the form's errors, in Vietnamese, next to the fields.
 */
@Component
class SubmitOnline {

    private static final Logger log = LoggerFactory.getLogger(SubmitOnline.class);
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    private static final Pattern DIGITS_12 = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .]{9,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, MediaType> TYPES = Map.of(
            "pdf", MediaType.APPLICATION_PDF,
            "jpg", MediaType.IMAGE_JPEG,
            "jpeg", MediaType.IMAGE_JPEG,
            "png", MediaType.IMAGE_PNG);

    private final PlatformApi api;

    SubmitOnline(PlatformApi api) {
        this.api = api;
    }

    /** The platform's answer to a submission. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Submitted(String code, String status) {}

    /** The platform's answer to an upload. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UploadedFile(String id, String fileName, long size) {}

    /**
     * @param files the request's files by input name ({@code tep-<document code>})
     * @return the dossier's code, or the form back with its errors
     */
    SubmissionState.Outcome submit(
            String token,
            ProcedureDetail procedure,
            SubmissionForm form,
            Map<String, MultipartFile> files,
            SubmissionState.Draft draft) {
        return submit(token, procedure, form, files, draft, "/api/dossiers");
    }

    /**
     * The same, to {@code endpoint}: {@code /api/dossiers} for a citizen online, {@code /api/dossiers/counter} for
     * an officer receiving a dossier at the counter (same body, same key rules).
     */
    SubmissionState.Outcome submit(
            String token,
            ProcedureDetail procedure,
            SubmissionForm form,
            Map<String, MultipartFile> files,
            SubmissionState.Draft draft,
            String endpoint) {
        draft.keep(form);
        FormErrors errors = new FormErrors();
        for (ProcedureDetail.Document document : procedure.documents()) {
            String field = SubmissionErrors.fileField(document.code());
            MultipartFile file = files.get(field);
            if (file != null && !file.isEmpty()) {
                Optional<String> wrong = checkFile(file);
                if (wrong.isPresent()) {
                    errors.add(field, document.name(), wrong.get());
                    continue;
                }
                try {
                    draft.uploaded(document.code(), upload(token, procedure.code(), document.code(), file));
                } catch (ApiProblem refused) {
                    errors.add(field, document.name(), SubmissionErrors.upload(refused));
                }
            } else if ((document.required() || form.getCases().contains(document.code()))
                    && !draft.files().containsKey(document.code())) {
                errors.add(
                        field,
                        document.name(),
                        document.required()
                                ? "Vui lòng chọn tệp cho giấy tờ này."
                                : "Bạn đã chọn trường hợp này, vui lòng chọn tệp cho giấy tờ này.");
            }
        }
        checkTyped(form, procedure, errors);
        if (!errors.isEmpty()) {
            return new SubmissionState.Rejected(form, errors, false);
        }

        List<String> sent = new ArrayList<>();
        List<Map<String, String>> documents = new ArrayList<>();
        // A conditional document's case applies when ticked, and also when its document was given.
        List<String> cases = new ArrayList<>();
        Map<String, SubmissionState.Uploaded> uploaded = draft.files();
        for (ProcedureDetail.Document document : procedure.documents()) {
            SubmissionState.Uploaded file = uploaded.get(document.code());
            if (file != null) {
                sent.add(document.code());
                documents.add(Map.of("code", document.code(), "attachmentId", file.attachmentId()));
            }
            if (document.conditional() && (file != null || form.getCases().contains(document.code()))) {
                cases.add(document.code());
            }
        }
        Map<String, Object> applicant = new LinkedHashMap<>();
        applicant.put("fullName", form.getFullName());
        applicant.put("idNumber", form.getIdNumber());
        applicant.put("phone", form.getPhone());
        applicant.put("email", form.getEmail().isEmpty() ? null : form.getEmail());
        applicant.put("address", form.getAddress());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", procedure.code());
        body.put("applicant", applicant);
        body.put("notify", form.getNotify());
        body.put("delivery", form.getDelivery().isEmpty() ? null : form.getDelivery());
        body.put("form", form.getPurpose().isEmpty() ? Map.of() : Map.of("purpose", form.getPurpose()));
        body.put("documents", documents);
        body.put("applicableCases", cases);
        try {
            return new SubmissionState.Submitted(submitWithRetry(token, endpoint, body, form.getFormKey()));
        } catch (ApiProblem refused) {
            FormErrors refusal = SubmissionErrors.of(refused, procedure, sent);
            return new SubmissionState.Rejected(form, refusal, false);
        } catch (PlatformUnavailable down) {
            // Whether the dossier was created is unknown: the same key sent again makes sure there is only one.
            FormErrors unavailable = new FormErrors()
                    .addGlobal("Hệ thống đang bận nên chưa nhận được hồ sơ. Thông tin bạn đã nhập vẫn được giữ;"
                            + " vui lòng bấm “Nộp hồ sơ” lại sau ít phút. Mã tra cứu lỗi: " + down.correlationId()
                            + ".");
            return new SubmissionState.Rejected(form, unavailable, true);
        }
    }

    /** A submission with the same key still in progress elsewhere answers 409; its replay follows shortly. */
    private String submitWithRetry(String token, String endpoint, Map<String, Object> body, String key) {
        for (int attempt = 1; ; attempt++) {
            try {
                return api.post(token, endpoint, body, key, Submitted.class).code();
            } catch (ApiProblem conflict) {
                if (!"submission-in-progress".equals(conflict.slug()) || attempt >= 10) {
                    throw conflict;
                }
                sleep();
            }
        }
    }

    private SubmissionState.Uploaded upload(
            String token, String procedureCode, String documentCode, MultipartFile file) {
        String name = fileName(file);
        try {
            UploadedFile answer = api.upload(
                    token,
                    "/api/dossiers/attachments",
                    Map.of("procedureCode", procedureCode, "documentCode", documentCode),
                    new PlatformApi.FileUpload(name, typeOf(name), file.getBytes()),
                    UploadedFile.class);
            log.info("Uploaded {} for {} of {}", answer.id(), documentCode, procedureCode);
            return new SubmissionState.Uploaded(answer.id(), name, answer.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checks made before a file is sent: PDF, JPG or PNG by its name, at most 10 MB. */
    static Optional<String> checkFile(MultipartFile file) {
        if (!TYPES.containsKey(extension(fileName(file)))) {
            return Optional.of("Chỉ nhận tệp PDF, JPG hoặc PNG.");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            return Optional.of("Tệp quá lớn: mỗi tệp tối đa 10 MB.");
        }
        return Optional.empty();
    }

    /**
     * What can be told before asking the platform, so that every mistake shows at once; the platform checks again
     * and has the last word (a mobile number's prefix, for one).
     */
    static void checkTyped(SubmissionForm form, ProcedureDetail procedure, FormErrors errors) {
        if (form.getFullName().isEmpty()) {
            SubmissionErrors.add(errors, "fullName", "Vui lòng nhập họ và tên.");
        }
        if (!DIGITS_12.matcher(form.getIdNumber()).matches()) {
            SubmissionErrors.add(
                    errors,
                    "idNumber",
                    form.getIdNumber().isEmpty()
                            ? "Vui lòng nhập số định danh cá nhân."
                            : "Số định danh cá nhân gồm đúng 12 chữ số, in trên thẻ Căn cước.");
        }
        if (form.getPhone().isEmpty()) {
            SubmissionErrors.add(errors, "phone", "Vui lòng nhập số điện thoại di động.");
        } else if (!PHONE.matcher(form.getPhone()).matches()) {
            SubmissionErrors.add(errors, "phone", SubmissionErrors.message("phone", "invalid"));
        }
        if (!form.getEmail().isEmpty() && !EMAIL.matcher(form.getEmail()).matches()) {
            SubmissionErrors.add(errors, "email", SubmissionErrors.message("email", "invalid"));
        }
        if (form.getEmail().isEmpty() && form.getNotify().contains("EMAIL")) {
            SubmissionErrors.add(errors, "email", SubmissionErrors.message("email", "email notifications"));
        }
        if (form.getAddress().isEmpty()) {
            SubmissionErrors.add(errors, "address", "Vui lòng nhập địa chỉ liên hệ.");
        }
        if (!procedure.deliveryOptions().contains(form.getDelivery())) {
            SubmissionErrors.add(errors, "delivery", SubmissionErrors.message("delivery", ""));
        }
        if (form.getNotify().isEmpty()) {
            SubmissionErrors.add(errors, "notify", SubmissionErrors.message("notify", ""));
        }
        if (!form.isDeclaration()) {
            SubmissionErrors.add(errors, "declaration", "Vui lòng đánh dấu lời cam đoan trước khi nộp hồ sơ.");
        }
    }

    static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "tep";
        }
        // Some browsers send the whole path.
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static MediaType typeOf(String name) {
        return TYPES.getOrDefault(extension(name), MediaType.APPLICATION_OCTET_STREAM);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
