package vn.egov.dossier.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import vn.egov.dossier.catalogue.Procedure;

/**
 * The procedure rules a dossier is judged under, copied at submission: a later catalogue version does not change a
 * dossier already received.
 *
 * @param processingDays statutory working days
 * @param onlineProcessingDays reduced working days for online dossiers
 * @param feeTotal VND
 * @param cutOffHour receipts after this hour count from the next working day; null when none
 */
@Embeddable
public record ProcedureSnapshot(
        @Column(name = "procedure_code") String code,
        @Column(name = "procedure_version") int version,
        @Column(name = "procedure_name") String name,
        @Column(name = "agency_code") String agencyCode,
        @Column(name = "agency_name") String agencyName,
        @Column(name = "agency_level") String agencyLevel,
        @Column(name = "service_level") int serviceLevel,
        @Column(name = "processing_days") int processingDays,
        @Column(name = "online_processing_days") int onlineProcessingDays,
        @Column(name = "fee_total") long feeTotal,
        @Column(name = "cut_off_hour") Integer cutOffHour) {

    public ProcedureSnapshot {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(agencyLevel, "agencyLevel");
    }

    public static ProcedureSnapshot of(Procedure procedure) {
        return new ProcedureSnapshot(
                procedure.code(),
                procedure.version(),
                procedure.name(),
                procedure.agencyCode(),
                procedure.agencyName(),
                procedure.agencyLevel(),
                procedure.serviceLevel(),
                procedure.processingDays(),
                procedure.onlineProcessingDays(),
                procedure.feeTotal(),
                procedure.cutOffHour());
    }

    /** Working days the agency has for a dossier received on {@code channel}. */
    public int processingDaysFor(Channel channel) {
        return channel == Channel.ONLINE && onlineProcessingDays > 0 ? onlineProcessingDays : processingDays;
    }
}
