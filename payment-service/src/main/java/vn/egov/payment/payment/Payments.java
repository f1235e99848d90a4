package vn.egov.payment.payment;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** All payments. */
public interface Payments extends JpaRepository<Payment, UUID>, OpenPaymentSuccess {

    /** The payment with this order id at this provider, locked until the transaction ends: callbacks queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.provider = :provider and p.providerOrderId = :providerOrderId")
    Optional<Payment> lockByOrder(String provider, String providerOrderId);

    /** The payment with this order id at this provider, unlocked. */
    Optional<Payment> findByProviderAndProviderOrderId(String provider, String providerOrderId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.id = :id")
    Optional<Payment> lockById(UUID id);

    Page<Payment> findByDossierCodeOrderByCreatedAtDesc(String dossierCode, Pageable page);

    /** Payments a collecting agency received in a period, newest first. */
    @Query("select p from Payment p where p.agencyCode = :agencyCode and p.createdAt >= :from and p.createdAt < :to"
            + " order by p.createdAt desc")
    Page<Payment> findOfAgency(String agencyCode, Instant from, Instant to, Pageable page);

    /** Payments of any agency created in a period (reconciliation). */
    @Query("select p from Payment p where p.provider = :provider and p.createdAt >= :from and p.createdAt < :to")
    List<Payment> findOfProvider(String provider, Instant from, Instant to);

    /** The dossier's payment the payer is still paying, if any. */
    @Query("select p from Payment p where p.dossierCode = :dossierCode and p.status in ('CREATED', 'STARTED')")
    Optional<Payment> findOpen(String dossierCode);

    /** The dossier's successful payment, if any. */
    @Query("select p from Payment p where p.dossierCode = :dossierCode and p.status = 'SUCCESS'")
    Optional<Payment> findSucceeded(String dossierCode);

    /** Open payments started before the threshold: their outcome is asked of the partner. */
    @Query(
            value =
                    """
                    select id from payment
                    where status in ('CREATED', 'STARTED') and created_at < :before
                    order by created_at
                    limit :limit
                    """,
            nativeQuery = true)
    List<UUID> findPendingBefore(Instant before, int limit);
}
