package vn.egov.sandbox.nationalportal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultInjected;
import vn.egov.sandbox.nationalportal.OpenSession;
import vn.egov.sandbox.nationalportal.SyncDossiers;

/**
 * The national portal's integration endpoints: {@code POST /dvcqg/auth} {@code {"username","password"}} answers
 * {@code {"error_code":0,"session":"…"}}; {@code POST /dvcqg/integration} takes a {@code DongBoHoSoMC} request
 * ({@link SyncDossiers}). Answers are JSON with {@code error_code} (0 is success) and {@code message}: HTTP 401 for
 * wrong credentials or a missing, unknown or expired session, 400 for a malformed request (with {@code errors}), 200
 * with the portal's {@code MaGiaoDich} per record when accepted.
 */
@RestController
class NationalPortalController {

    private final OpenSession openSession;
    private final SyncDossiers syncDossiers;

    NationalPortalController(OpenSession openSession, SyncDossiers syncDossiers) {
        this.openSession = openSession;
        this.syncDossiers = syncDossiers;
    }

    record Credentials(String username, String password) {}

    @PostMapping("/dvcqg/auth")
    ResponseEntity<Map<String, Object>> authenticate(@RequestBody Credentials credentials) {
        return openSession
                .open(credentials.username(), credentials.password())
                .map(session -> ResponseEntity.ok(answer(0, "Đăng nhập thành công", "session", session)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .body(answer(-1, "Sai tên đăng nhập hoặc mật khẩu", null, null)));
    }

    @PostMapping("/dvcqg/integration")
    @FaultInjected(FaultChannel.NATIONAL_PORTAL)
    ResponseEntity<Map<String, Object>> integrate(@RequestBody Map<String, Object> request) {
        SyncDossiers.Outcome outcome = syncDossiers.sync(request);
        if (outcome instanceof SyncDossiers.Outcome.Invalid invalid) {
            String why = invalid.errors().stream()
                    .map(SyncDossiers.FieldError::message)
                    .distinct()
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("");
            return ResponseEntity.badRequest()
                    .body(answer(-1, "Dữ liệu không hợp lệ: " + why, "errors", invalid.errors()));
        }
        if (outcome instanceof SyncDossiers.Outcome.Accepted accepted) {
            List<Map<String, Object>> result = accepted.records().stream()
                    .map(sync ->
                            Map.<String, Object>of("MaHoSo", sync.dossierCode(), "MaGiaoDich", sync.transactionId()))
                    .toList();
            return ResponseEntity.ok(answer(0, "Đồng bộ thành công " + result.size() + " hồ sơ", "result", result));
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(answer(401, "Phiên làm việc (session) không hợp lệ hoặc đã hết hạn", null, null));
    }

    private static Map<String, Object> answer(int errorCode, String message, String key, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_code", errorCode);
        body.put("message", message);
        if (key != null) {
            body.put(key, value);
        }
        return body;
    }
}
