package vn.egov.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the faults benchmark counts after a scenario, from what the clients were told and what the platform stored
 * and published. Zero lost and zero duplicated is the target of every figure but {@code storedWithout201}, which may
 * be fine: a client that gave up never learnt of a dossier its first attempt created.
 *
 * @param acknowledged submissions answered with a 201
 * @param lost acknowledged dossier codes that the database does not hold
 * @param storedWithout201 dossiers stored in the scenario that no client got a 201 for
 * @param storedTwice dossier codes stored more than once
 * @param missingEvent stored dossiers without a {@code vn.egov.dossier.submitted} record on Kafka
 * @param duplicateEvent stored dossiers with more than one such event: records with different CloudEvent ids
 * @param mismatchedRetries replays with the same Idempotency-Key that got another answer than the first success, and
 *     keys whose kept receipt names another dossier than the one the client was told
 * @param duplicateMessages messages (SMS, e-mail, ZNS) delivered more than once for one event, as the sandbox's inbox
 *     and notification-service's delivery table show them
 * @param doubleCredits dossiers with more than one successful payment, payments with more than one receipt or more than
 *     one {@code vn.egov.payment.succeeded} event (records with different ids)
 * @param uncredited payments whose IPN was acknowledged but that are not successful
 * @param redelivered events ({@code submitted} and {@code payment.succeeded}) whose record is on Kafka more than once
 *     with the same CloudEvent id: the outbox's at-least-once delivery, which consumers drop by id. Reported, and not a
 *     duplicate: no consumer acts on it twice
 */
record FaultCounts(
        long acknowledged,
        long lost,
        long storedWithout201,
        long storedTwice,
        long missingEvent,
        long duplicateEvent,
        long mismatchedRetries,
        long duplicateMessages,
        long doubleCredits,
        long uncredited,
        long redelivered) {

    /**
     * One record on Kafka as the count sees it.
     *
     * @param id its CloudEvent id
     * @param about what the event is about: a dossier's code or a payment's id
     */
    record EventRecord(String id, String about) {}

    /** Nothing lost, nothing duplicated. */
    boolean clean() {
        return lost == 0
                && storedTwice == 0
                && missingEvent == 0
                && duplicateEvent == 0
                && mismatchedRetries == 0
                && duplicateMessages == 0
                && doubleCredits == 0
                && uncredited == 0;
    }

    /** How many of {@code values} occur more than once. */
    static long repeated(Collection<String> values) {
        return countEach(values).values().stream().filter(n -> n > 1).count();
    }

    /** How many times each value occurs. */
    static Map<String, Long> countEach(Collection<String> values) {
        Map<String, Long> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }

    /** How many subjects have records of more than one distinct event. */
    static long severalEvents(List<EventRecord> records) {
        Map<String, Set<String>> ids = new HashMap<>();
        records.forEach(
                r -> ids.computeIfAbsent(r.about(), a -> new HashSet<>()).add(r.id()));
        return ids.values().stream().filter(each -> each.size() > 1).count();
    }

    /** How many of {@code wanted} are not in {@code present}. */
    static long missing(Collection<String> wanted, Collection<String> present) {
        Set<String> have = new HashSet<>(present);
        return wanted.stream().distinct().filter(v -> !have.contains(v)).count();
    }

    /**
     * Idempotency-Keys whose stored dossier is not the one the client was told (the key's receipt names another code).
     *
     * @param told per key, the dossier code of the client's 201
     * @param stored per key, the dossier code the platform keeps as the key's answer
     */
    static long mismatched(Map<String, String> told, Map<String, String> stored) {
        return told.entrySet().stream()
                .filter(e -> stored.containsKey(e.getKey())
                        && !stored.get(e.getKey()).equals(e.getValue()))
                .count();
    }

    /**
     * Counts a scenario.
     *
     * @param told per Idempotency-Key, the dossier code of the client's 201
     * @param storedCodes the dossier codes stored in the scenario, one entry per row
     * @param keyReceipts per Idempotency-Key used in the scenario, the code of the receipt the platform kept
     * @param submittedEvents each {@code submitted} record on Kafka, about its dossier's code
     * @param replays per replayed key, whether the replay got the first success's code
     * @param messages one entry per message the partners received, identified so that one event's message on one channel
     *     to one recipient is one value
     * @param deliveries one entry per delivery row: dossier, event type and channel
     * @param successfulPayments per successful payment, its dossier code
     * @param receipts the payment id of each receipt
     * @param succeededEvents each {@code vn.egov.payment.succeeded} record on Kafka, about its payment's id
     * @param creditedByIpn payment ids whose IPN the gateway acknowledged
     * @param successfulPaymentIds the ids of the successful payments
     */
    static FaultCounts count(
            Map<String, String> told,
            List<String> storedCodes,
            Map<String, String> keyReceipts,
            List<EventRecord> submittedEvents,
            List<Boolean> replays,
            List<String> messages,
            List<String> deliveries,
            List<String> successfulPayments,
            List<String> receipts,
            List<EventRecord> succeededEvents,
            Set<String> creditedByIpn,
            Set<String> successfulPaymentIds) {
        Set<String> acknowledged = new HashSet<>(told.values());
        Set<String> stored = new HashSet<>(storedCodes);
        Set<String> withEvent = new HashSet<>();
        submittedEvents.forEach(r -> withEvent.add(r.about()));
        List<String> recordIds = new ArrayList<>();
        submittedEvents.forEach(r -> recordIds.add(r.id()));
        succeededEvents.forEach(r -> recordIds.add(r.id()));
        return new FaultCounts(
                told.size(),
                missing(acknowledged, stored),
                stored.stream().filter(code -> !acknowledged.contains(code)).count(),
                repeated(storedCodes),
                stored.stream().filter(code -> !withEvent.contains(code)).count(),
                severalEvents(submittedEvents.stream()
                        .filter(r -> stored.contains(r.about()))
                        .toList()),
                replays.stream().filter(same -> !same).count() + mismatched(told, keyReceipts),
                repeated(messages) + repeated(deliveries),
                repeated(successfulPayments) + repeated(receipts) + severalEvents(succeededEvents),
                missing(creditedByIpn, successfulPaymentIds),
                repeated(recordIds));
    }
}
