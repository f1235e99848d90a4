package vn.egov.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultCountsTest {

    /** One record per subject, each with its own event id ({@code e-} and the subject). */
    private static List<FaultCounts.EventRecord> records(String... subjects) {
        return Arrays.stream(subjects)
                .map(s -> new FaultCounts.EventRecord("e-" + s, s))
                .toList();
    }

    private static FaultCounts cleanRunWith(
            Map<String, String> told,
            List<String> stored,
            Map<String, String> receipts,
            List<FaultCounts.EventRecord> events,
            List<String> messages) {
        return FaultCounts.count(
                told,
                stored,
                receipts,
                events,
                List.of(true),
                messages,
                List.of("D1 vn.egov.dossier.submitted SMS"),
                List.of("P1"),
                List.of("pay-1"),
                records("pay-1"),
                Set.of("pay-1"),
                Set.of("pay-1"));
    }

    @Test
    void aCleanScenarioCountsNothing() {
        FaultCounts counts = cleanRunWith(
                Map.of("k1", "D1", "k2", "D2"),
                List.of("D1", "D2"),
                Map.of("k1", "D1", "k2", "D2"),
                records("D1", "D2"),
                List.of("SMS 84905123456 null D1 received", "SMS 84905123456 null D2 received"));

        assertThat(counts.clean()).isTrue();
        assertThat(counts.acknowledged()).isEqualTo(2);
    }

    @Test
    void countsAnAcknowledgedDossierThatWasNotStoredAsLost() {
        FaultCounts counts = cleanRunWith(
                Map.of("k1", "D1", "k2", "D2"), List.of("D1"), Map.of("k1", "D1"), records("D1"), List.of());

        assertThat(counts.lost()).isEqualTo(1);
        assertThat(counts.clean()).isFalse();
    }

    @Test
    void reportsAStoredDossierWithoutA201SeparatelyAndCountsItsMissingEvent() {
        FaultCounts counts =
                cleanRunWith(Map.of("k1", "D1"), List.of("D1", "D9"), Map.of("k1", "D1"), records("D1"), List.of());

        assertThat(counts.storedWithout201()).isEqualTo(1);
        assertThat(counts.missingEvent()).isEqualTo(1);
        assertThat(counts.lost()).isZero();
    }

    @Test
    void countsASecondSubmittedEventAndARepeatedMessageAsDuplicates() {
        FaultCounts counts = cleanRunWith(
                Map.of("k1", "D1"),
                List.of("D1"),
                Map.of("k1", "D1"),
                List.of(new FaultCounts.EventRecord("e-1", "D1"), new FaultCounts.EventRecord("e-2", "D1")),
                List.of("SMS 84905123456 null D1 received", "SMS 84905123456 null D1 received"));

        assertThat(counts.duplicateEvent()).isEqualTo(1);
        assertThat(counts.duplicateMessages()).isEqualTo(1);
        assertThat(counts.redelivered()).isZero();
    }

    @Test
    void countsTheSameEventOnKafkaTwiceAsRedeliveredNotAsADuplicate() {
        FaultCounts counts = cleanRunWith(
                Map.of("k1", "D1"),
                List.of("D1"),
                Map.of("k1", "D1"),
                List.of(new FaultCounts.EventRecord("e-1", "D1"), new FaultCounts.EventRecord("e-1", "D1")),
                List.of());

        assertThat(counts.duplicateEvent()).isZero();
        assertThat(counts.redelivered()).isEqualTo(1);
        assertThat(counts.clean()).isTrue();
    }

    @Test
    void countsAKeyWhoseKeptReceiptNamesAnotherDossierAsAMismatchedRetry() {
        FaultCounts counts = cleanRunWith(
                Map.of("k1", "D1"), List.of("D1", "D2"), Map.of("k1", "D2"), records("D1", "D2"), List.of());

        assertThat(counts.mismatchedRetries()).isEqualTo(1);
    }

    @Test
    void countsASecondSuccessfulPaymentOfADossierAndAnUncreditedIpn() {
        FaultCounts counts = FaultCounts.count(
                Map.of(),
                List.of(),
                Map.of(),
                List.<FaultCounts.EventRecord>of(),
                List.of(false),
                List.of(),
                List.of(),
                List.of("P1", "P1"),
                List.of("pay-1", "pay-2"),
                List.of(
                        new FaultCounts.EventRecord("e-1", "pay-1"),
                        new FaultCounts.EventRecord("e-2", "pay-2"),
                        new FaultCounts.EventRecord("e-3", "pay-2")),
                Set.of("pay-1", "pay-2", "pay-3"),
                Set.of("pay-1", "pay-2"));

        // P1 paid twice, pay-2 succeeded twice (two events).
        assertThat(counts.doubleCredits()).isEqualTo(2);
        assertThat(counts.uncredited()).isEqualTo(1);
        assertThat(counts.mismatchedRetries()).isEqualTo(1);
    }
}
