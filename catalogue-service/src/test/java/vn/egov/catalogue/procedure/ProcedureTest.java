package vn.egov.catalogue.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.egov.catalogue.procedure.RulesDrafts.aDraft;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.catalogue.agency.Agency;
import vn.egov.catalogue.agency.AgencyTier;

class ProcedureTest {

    private static final Agency JUSTICE = new Agency("000.00.15.H17", "Sở Tư pháp", AgencyTier.CITY, null);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final ProcedureRules LEVEL_2 = aDraft().atLevel(2).build().validate(JUSTICE);

    private static final Procedure AT_VERSION_3 = new Procedure("1.001823", Procedure.Status.ACTIVE, 3, 7);

    @Test
    void aNewProcedureRecordsItsFirstVersionForTheAuditAndTheOutbox() {
        ProcedureChange.Created created = Procedure.create("1.001823", FROM, LEVEL_2, "admin", NOW);

        assertThat(created.first().version()).isEqualTo(1);
        assertThat(created.first().publishedAt()).isEqualTo(NOW);
        assertThat(created.first().publishedBy()).isEqualTo("admin");
        assertThat(created.auditAction()).isEqualTo("CREATED");
        assertThat(created.auditDetails()).containsOnly(entry("version", 1), entry("effectiveFrom", "2026-04-01"));
        assertThat(publishedBy(created, 0)).containsExactly("published 1.001823 v1 at 0");
    }

    @Test
    void newRulesAreRecordedAsTheNextVersion() {
        ProcedureChange.VersionPublished published = AT_VERSION_3.publish(FROM, LEVEL_2, "admin", NOW);

        assertThat(published.version().version()).isEqualTo(4);
        assertThat(published.version().effectiveFrom()).isEqualTo(FROM);
        assertThat(published.auditAction()).isEqualTo("VERSION_PUBLISHED");
        assertThat(published.auditDetails()).containsOnly(entry("version", 4), entry("effectiveFrom", "2026-04-01"));
        assertThat(publishedBy(published, 8)).containsExactly("published 1.001823 v4 at 8");
    }

    @Test
    void aLevelChangeIsRecordedAsTheNextVersionWithTheJustificationOfAForcedOne() {
        ProcedureVersion latest = new ProcedureVersion("1.001823", 3, FROM, LEVEL_2, NOW, "admin");

        ProcedureChange.LevelChanged forced =
                AT_VERSION_3.changeLevel(latest, 4, FROM, true, " Chỉ đạo của UBND ", "admin", NOW);
        ProcedureChange.LevelChanged allowed =
                AT_VERSION_3.changeLevel(latest, 3, FROM, false, "không cần", "admin", NOW);

        assertThat(forced.version().version()).isEqualTo(4);
        assertThat(forced.version().rules().serviceLevel()).isEqualTo(4);
        assertThat(forced.version().rules().deliveryOptions()).contains("ONLINE");
        assertThat(forced.auditAction()).isEqualTo("LEVEL_CHANGED");
        assertThat(forced.auditDetails())
                .containsExactly(
                        entry("version", 4),
                        entry("from", 2),
                        entry("to", 4),
                        entry("forced", true),
                        entry("justification", "Chỉ đạo của UBND"));
        assertThat(allowed.auditDetails()).doesNotContainKey("justification");
        assertThat(publishedBy(forced, 8)).containsExactly("level of 1.001823 v4 from 2, forced at 8");
        assertThatThrownBy(() -> AT_VERSION_3.changeLevel(latest, 4, FROM, true, " ", "admin", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLevelChangeStartsFromTheLatestVersion() {
        ProcedureVersion older = new ProcedureVersion("1.001823", 2, FROM, LEVEL_2, NOW, "admin");
        assertThatThrownBy(() -> AT_VERSION_3.changeLevel(older, 4, FROM, false, null, "admin", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retiringRecordsTheLatestVersionAndTheReason() {
        ProcedureChange.Retired retired = AT_VERSION_3.retire(null, "admin", NOW);

        assertThat(retired.lastVersion()).isEqualTo(3);
        assertThat(retired.auditAction()).isEqualTo("RETIRED");
        assertThat(retired.auditDetails()).containsOnly(entry("version", 3), entry("reason", ""));
        assertThat(AT_VERSION_3.retire("Bãi bỏ", "admin", NOW).auditDetails()).containsEntry("reason", "Bãi bỏ");
        assertThat(publishedBy(retired, 8)).containsExactly("retired 1.001823 v3 at 8");
    }

    private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
        return java.util.Map.entry(key, value);
    }

    /** What the change tells the outbox, in words. */
    private static List<String> publishedBy(ProcedureChange change, long aggregateVersion) {
        List<String> told = new ArrayList<>();
        change.publishTo(
                new ProcedurePublications() {
                    @Override
                    public void published(ProcedureVersion version, long at) {
                        told.add("published " + version.code() + " v" + version.version() + " at " + at);
                    }

                    @Override
                    public void retired(String code, int lastVersion, OffsetDateTime when, long at) {
                        told.add("retired " + code + " v" + lastVersion + " at " + at);
                    }

                    @Override
                    public void levelChanged(ProcedureVersion version, int previousLevel, boolean forced, long at) {
                        told.add("level of " + version.code() + " v" + version.version() + " from " + previousLevel
                                + (forced ? ", forced" : "") + " at " + at);
                    }
                },
                aggregateVersion);
        return told;
    }
}
