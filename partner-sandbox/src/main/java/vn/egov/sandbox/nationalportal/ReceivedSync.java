package vn.egov.sandbox.nationalportal;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One dossier record the portal accepted from {@code DongBoHoSoMC}.
 *
 * @param transactionId the portal's id of the accepted record ({@code MaGiaoDich}), the platform's acknowledgement
 * @param dossierCode {@code MaHoSo}
 * @param status {@code TrangThaiHoSo}, 1 to 10
 * @param updating the request's {@code isUpdating}
 * @param record every field as sent
 * @param receivedAt when the portal accepted it
 */
public record ReceivedSync(
        String transactionId,
        String dossierCode,
        int status,
        boolean updating,
        Map<String, Object> record,
        OffsetDateTime receivedAt) {}
