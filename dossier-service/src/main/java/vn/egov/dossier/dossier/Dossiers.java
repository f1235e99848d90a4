package vn.egov.dossier.dossier;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** All dossiers. */
public interface Dossiers extends JpaRepository<Dossier, Long>, JpaSpecificationExecutor<Dossier> {

    @Query("select d from Dossier d left join fetch d.history where d.code = :code")
    Optional<Dossier> findByCode(String code);

    /** The dossiers with these codes, with their history, in one query (their pauses follow in a second). */
    @Query("select d from Dossier d left join fetch d.history where d.code in :codes")
    List<Dossier> findByCodeIn(Collection<String> codes);

    /**
     * Up to {@code limit} dossiers past their due date with a running clock and not flagged yet, locked for this
     * transaction. Rows another transaction holds are skipped, so two instances of the scan never flag the same
     * dossier.
     */
    @Query(
            value =
                    """
                    select * from dossier
                    where overdue_at is null and due_date < :today and status in ('ACCEPTED', 'IN_PROCESSING')
                    order by due_date, id
                    limit :limit
                    for update skip locked
                    """,
            nativeQuery = true)
    List<Dossier> lockOverdue(LocalDate today, int limit);
}
