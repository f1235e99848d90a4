package vn.egov.notification.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** What goes to the portal for a status change: its codes, and dates in the portal's format, Vietnam time. */
class PortalRecordTest {

    private static final String CODE = "000.00.15.H17-261123-0001";

    @Test
    void sendsTheStatusWithTheDatesTheDossierHasAndNothingAboutTheApplicant() {
        SyncedDossier dossier = dossier(Instant.parse("2026-11-23T02:15:00Z"), 1L);
        StatusChange processed = change(9, LocalDate.parse("2026-12-04"), 5);

        PortalRecord record = PortalRecord.of(dossier, processed);

        assertThat(NationalPortalClient.fields(record))
                .containsExactly(
                        entry("MaHoSo", CODE),
                        entry("MaTTHC", "2.000488"),
                        entry("DonViXuLy", "000.00.15.H17"),
                        entry("KenhThucHien", "2"),
                        entry("TrangThaiHoSo", "9"),
                        entry("NgayTiepNhan", "20261123091500"),
                        entry("NgayHenTra", "20261204170000"));
        assertThat(record.updating()).isTrue();
    }

    @Test
    void sendsTheFirstRecordOfADossierAsNewAndTakesTheChangeTimeWhenTheReceptionWasNotSeen() {
        PortalRecord record = PortalRecord.of(dossier(null, null), change(2, null, 1));

        assertThat(record.updating()).isFalse();
        assertThat(NationalPortalClient.fields(record))
                .containsEntry("NgayTiepNhan", "20261124083000")
                .doesNotContainKey("NgayHenTra");
    }

    @Test
    void refusesAStatusCodeOutsideThePortals() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> change(11, null, 1));
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }

    private static StatusChange change(int statusCode, LocalDate dueDate, long version) {
        return new StatusChange(
                "event-" + version,
                "vn.egov.dossier.accepted",
                CODE,
                "2.000488",
                "000.00.15.H17",
                true,
                "STATUS",
                statusCode,
                dueDate,
                OffsetDateTime.parse("2026-11-24T08:30:00+07:00"),
                version);
    }

    private static SyncedDossier dossier(Instant receivedAt, Long ackedVersion) {
        return new SyncedDossier(
                CODE,
                "2.000488",
                "000.00.15.H17",
                true,
                receivedAt,
                null,
                null,
                null,
                "event-1",
                1,
                "ACCEPTED",
                2,
                Instant.parse("2026-11-24T01:30:00Z"),
                ackedVersion,
                ackedVersion == null ? null : "ACCEPTED",
                ackedVersion == null ? null : 2,
                null);
    }
}
