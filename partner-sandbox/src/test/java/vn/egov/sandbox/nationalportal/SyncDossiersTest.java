package vn.egov.sandbox.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.egov.sandbox.support.MutableClock;

class SyncDossiersTest {

    private final MutableClock clock = MutableClock.at("2026-12-07T02:00:00Z");
    private final NationalPortalProperties properties = new NationalPortalProperties(
            "egov-danang", "sandbox-dvcqg-secret", "000.00.00.H17", Duration.ofMinutes(30));
    private final PortalSessions sessions = new PortalSessions(properties, clock);
    private final ReceivedSyncs received = new ReceivedSyncs();
    private final SyncDossiers sync = new SyncDossiers(sessions, received, properties, clock);

    @Nested
    class Sessions {

        @Test
        void opensNoSessionForWrongCredentials() {
            assertThat(sessions.open("egov-danang", "wrong")).isEmpty();
            assertThat(sessions.open("someone", "sandbox-dvcqg-secret")).isEmpty();
            assertThat(sessions.open(null, null)).isEmpty();
        }

        @Test
        void refusesARequestWithoutSessionOrWithAnExpiredOne() {
            assertThat(sync.sync(request(null, record()))).isInstanceOf(SyncDossiers.Outcome.Unauthorized.class);
            assertThat(sync.sync(request("made-up", record()))).isInstanceOf(SyncDossiers.Outcome.Unauthorized.class);

            String session =
                    sessions.open("egov-danang", "sandbox-dvcqg-secret").orElseThrow();
            clock.advance(Duration.ofMinutes(31));

            assertThat(sync.sync(request(session, record()))).isInstanceOf(SyncDossiers.Outcome.Unauthorized.class);
            assertThat(received.all()).isEmpty();
        }
    }

    @Test
    void keepsAValidRecordWithItsStatus() {
        SyncDossiers.Outcome outcome = sync.sync(request(session(), record()));

        assertThat(outcome).isInstanceOf(SyncDossiers.Outcome.Accepted.class);
        assertThat(received.of("000.00.15.H17-261123-0001")).singleElement().satisfies(kept -> {
            assertThat(kept.status()).isEqualTo(2);
            assertThat(kept.updating()).isTrue();
            assertThat(kept.transactionId()).isNotBlank();
        });
    }

    @Test
    void refusesStatusCodesOutsideOneToTenAndKeepsNothing() {
        for (String status : List.of("0", "11", "ACCEPTED", "")) {
            Map<String, Object> record = record();
            record.put("TrangThaiHoSo", status);

            assertThat(errors(sync.sync(request(session(), record))))
                    .extracting(SyncDossiers.FieldError::field)
                    .containsExactly("data[0].TrangThaiHoSo");
        }
        assertThat(received.all()).isEmpty();
    }

    @Test
    void namesEveryMissingOrMalformedField() {
        Map<String, Object> record = new HashMap<>();
        record.put("NgayHenTra", "07/12/2026");

        assertThat(errors(sync.sync(request(session(), record))))
                .extracting(SyncDossiers.FieldError::field)
                .containsExactly(
                        "data[0].MaHoSo",
                        "data[0].MaTTHC",
                        "data[0].DonViXuLy",
                        "data[0].KenhThucHien",
                        "data[0].TrangThaiHoSo",
                        "data[0].NgayTiepNhan",
                        "data[0].NgayHenTra");
    }

    @Test
    void refusesALocalProcedureCodeTheNationalDatabaseDoesNotHave() {
        Map<String, Object> record = record();
        record.put("MaTTHC", "DN-LOCAL-01");

        assertThat(errors(sync.sync(request(session(), record))))
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("MaTTHC"));
    }

    @Test
    void refusesAnotherProvincesUnitCodeAndAnotherService() {
        Map<String, Object> request = request(session(), record());
        request.put("madonvi", "000.00.00.H26");
        request.put("service", "LayThuTuc");

        assertThat(errors(sync.sync(request)))
                .extracting(SyncDossiers.FieldError::field)
                .containsExactly("service", "madonvi");
    }

    private String session() {
        return sessions.open("egov-danang", "sandbox-dvcqg-secret").orElseThrow();
    }

    private static List<SyncDossiers.FieldError> errors(SyncDossiers.Outcome outcome) {
        assertThat(outcome).isInstanceOf(SyncDossiers.Outcome.Invalid.class);
        return ((SyncDossiers.Outcome.Invalid) outcome).errors();
    }

    private static Map<String, Object> request(String session, Map<String, Object> record) {
        Map<String, Object> request = new HashMap<>();
        request.put("session", session);
        request.put("madonvi", "000.00.00.H17");
        request.put("service", "DongBoHoSoMC");
        request.put("isUpdating", "true");
        request.put("data", List.of(record));
        return request;
    }

    private static Map<String, Object> record() {
        Map<String, Object> record = new HashMap<>();
        record.put("MaHoSo", "000.00.15.H17-261123-0001");
        record.put("MaTTHC", "2.000488");
        record.put("DonViXuLy", "000.00.15.H17");
        record.put("KenhThucHien", "2");
        record.put("TrangThaiHoSo", "2");
        record.put("NgayTiepNhan", "20261123091500");
        record.put("NgayHenTra", "20261201170000");
        return record;
    }
}
