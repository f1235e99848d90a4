package vn.egov.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The deliveries, one per event and channel. */
public interface Deliveries extends JpaRepository<Delivery, UUID> {

    Page<Delivery> findByDossierCode(String dossierCode, Pageable pageable);

    List<Delivery> findByEventId(String eventId);

    Optional<Delivery> findFirstByChannelAndProviderMessageId(Channel channel, String providerMessageId);

    /** ZNS messages sent before {@code sentBefore} without a delivery report, that have an SMS to fall back to. */
    @Query(
            """
            select d.id from Delivery d
            where d.channel = vn.egov.notification.delivery.Channel.ZALO
              and d.status = vn.egov.notification.delivery.DeliveryStatus.SENT
              and d.receipt is null and d.fallbackSms is not null and d.sentAt < :sentBefore
              and not exists (select s.id from Delivery s
                              where s.eventId = d.eventId and s.channel = vn.egov.notification.delivery.Channel.SMS)
            order by d.sentAt
            limit :limit
            """)
    List<UUID> findZnsAwaitingFallback(@Param("sentBefore") Instant sentBefore, @Param("limit") int limit);

    /** Deliveries waiting for an attempt (failed ones due again, and pending ones whose first attempt never ended). */
    @Query(
            """
            select d.id from Delivery d
            where d.status <> vn.egov.notification.delivery.DeliveryStatus.SENT and d.nextAttemptAt <= :now
            order by d.nextAttemptAt
            limit :limit
            """)
    List<UUID> findDue(@Param("now") Instant now, @Param("limit") int limit);

    /**
     * Makes at most {@code limit} deliveries of a channel that wait for a later attempt due now, those due soonest
     * first (those in flight stay as they are).
     *
     * @return how many were brought forward
     */
    @Modifying
    @Query(
            value =
                    """
                    update delivery set next_attempt_at = :now, version = version + 1
                    where id in (select id from delivery
                                 where channel = :channel and status <> 'SENT' and not in_flight
                                   and next_attempt_at > :now
                                 order by next_attempt_at limit :limit)
                    """,
            nativeQuery = true)
    int bringForward(@Param("channel") String channel, @Param("now") Instant now, @Param("limit") int limit);
}
