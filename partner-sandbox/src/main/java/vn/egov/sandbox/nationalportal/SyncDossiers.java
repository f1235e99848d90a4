package vn.egov.sandbox.nationalportal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The portal's dossier synchronisation service {@code DongBoHoSoMC}, as provinces' one-stop systems call it (OpenCPS's
 * DVCQG integration is the public example): {@code {"session", "madonvi", "service":"DongBoHoSoMC",
 * "isUpdating":"true|false", "data":[{record}]}} with one record per dossier. The session is checked first, then
 * every field of the request and of each record; a request with one bad record is refused whole and nothing is kept.
 */
@Component
public class SyncDossiers {

    public static final String SERVICE = "DongBoHoSoMC";

    /** The portal's date-time format, Vietnam time. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private static final Pattern PROCEDURE_CODE = Pattern.compile("\\d\\.\\d{6}");
    private static final Pattern AGENCY_CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    private static final int MAX_RECORDS = 100;

    private final PortalSessions sessions;
    private final ReceivedSyncs received;
    private final NationalPortalProperties properties;
    private final Clock clock;

    SyncDossiers(PortalSessions sessions, ReceivedSyncs received, NationalPortalProperties properties, Clock clock) {
        this.sessions = sessions;
        this.received = received;
        this.properties = properties;
        this.clock = clock;
    }

    /** A field the portal refused, named as in the request ({@code data[0].TrangThaiHoSo}). */
    public record FieldError(String field, String message) {}

    /** What became of a request. */
    public sealed interface Outcome {
        /** The session is missing, unknown or expired. */
        record Unauthorized() implements Outcome {}

        /** A field is missing or malformed; nothing was kept. */
        record Invalid(List<FieldError> errors) implements Outcome {}

        /** Every record was kept. */
        record Accepted(List<ReceivedSync> records) implements Outcome {}
    }

    public Outcome sync(Map<String, Object> request) {
        if (!sessions.valid(text(request.get("session")))) {
            return new Outcome.Unauthorized();
        }
        List<FieldError> errors = new ArrayList<>();
        if (!SERVICE.equals(text(request.get("service")))) {
            errors.add(new FieldError("service", "service phải là " + SERVICE));
        }
        if (!properties.unitCode().equals(text(request.get("madonvi")))) {
            errors.add(new FieldError("madonvi", "madonvi không phải mã đơn vị của tài khoản tích hợp"));
        }
        String updating = text(request.get("isUpdating"));
        if (updating == null || !(updating.equalsIgnoreCase("true") || updating.equalsIgnoreCase("false"))) {
            errors.add(new FieldError("isUpdating", "isUpdating phải là true hoặc false"));
        }
        List<Map<String, Object>> records = records(request.get("data"), errors);
        for (int i = 0; i < records.size(); i++) {
            validate("data[" + i + "].", records.get(i), errors);
        }
        if (!errors.isEmpty()) {
            return new Outcome.Invalid(List.copyOf(errors));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ReceivedSync> kept = new ArrayList<>();
        for (Map<String, Object> record : records) {
            ReceivedSync sync = new ReceivedSync(
                    UUID.randomUUID().toString(),
                    text(record.get("MaHoSo")),
                    Integer.parseInt(text(record.get("TrangThaiHoSo"))),
                    Boolean.parseBoolean(updating.toLowerCase(Locale.ROOT)),
                    new LinkedHashMap<>(record),
                    now);
            received.add(sync);
            kept.add(sync);
        }
        return new Outcome.Accepted(List.copyOf(kept));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> records(Object data, List<FieldError> errors) {
        if (!(data instanceof List<?> list) || list.isEmpty()) {
            errors.add(new FieldError("data", "data phải là danh sách hồ sơ, không rỗng"));
            return List.of();
        }
        if (list.size() > MAX_RECORDS) {
            errors.add(new FieldError("data", "tối đa " + MAX_RECORDS + " hồ sơ mỗi lần đồng bộ"));
            return List.of();
        }
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> record) {
                records.add((Map<String, Object>) record);
            } else {
                errors.add(new FieldError("data[" + i + "]", "mỗi hồ sơ phải là một đối tượng JSON"));
            }
        }
        return records;
    }

    private static void validate(String prefix, Map<String, Object> record, List<FieldError> errors) {
        String dossierCode = text(record.get("MaHoSo"));
        if (dossierCode == null || dossierCode.isBlank() || dossierCode.length() > 100) {
            errors.add(new FieldError(prefix + "MaHoSo", "MaHoSo bắt buộc, tối đa 100 ký tự"));
        }
        String procedure = text(record.get("MaTTHC"));
        if (procedure == null || !PROCEDURE_CODE.matcher(procedure).matches()) {
            errors.add(new FieldError(
                    prefix + "MaTTHC", "MaTTHC phải là mã thủ tục hành chính trên CSDL quốc gia (dạng 1.001823)"));
        }
        String agency = text(record.get("DonViXuLy"));
        if (agency == null || !AGENCY_CODE.matcher(agency).matches()) {
            errors.add(new FieldError(
                    prefix + "DonViXuLy", "DonViXuLy phải là mã định danh cơ quan (dạng 000.00.15.H17)"));
        }
        String channel = text(record.get("KenhThucHien"));
        if (!"1".equals(channel) && !"2".equals(channel)) {
            errors.add(
                    new FieldError(prefix + "KenhThucHien", "KenhThucHien phải là 1 (trực tiếp) hoặc 2 (trực tuyến)"));
        }
        String status = text(record.get("TrangThaiHoSo"));
        if (status == null || !status.matches("[1-9]|10")) {
            errors.add(new FieldError(prefix + "TrangThaiHoSo", "TrangThaiHoSo phải là mã trạng thái từ 1 đến 10"));
        }
        time(prefix, "NgayTiepNhan", record, true, errors);
        time(prefix, "NgayHenTra", record, false, errors);
        time(prefix, "NgayKetThucXuLy", record, false, errors);
        time(prefix, "NgayTra", record, false, errors);
    }

    private static void time(
            String prefix, String field, Map<String, Object> record, boolean required, List<FieldError> errors) {
        String value = text(record.get(field));
        if (value == null || value.isEmpty()) {
            if (required) {
                errors.add(new FieldError(prefix + field, field + " bắt buộc (yyyyMMddHHmmss)"));
            }
            return;
        }
        try {
            LocalDateTime.parse(value, TIME);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(prefix + field, field + " phải có dạng yyyyMMddHHmmss"));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
