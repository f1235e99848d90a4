package vn.egov.dossier.dossier;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All dossiers. */
public interface Dossiers extends JpaRepository<Dossier, Long> {

    @Query("select d from Dossier d left join fetch d.history where d.code = :code")
    Optional<Dossier> findByCode(String code);

    @Query("select d from Dossier d where d.procedure.agencyCode = :agency and (:status is null or d.status = :status)")
    Page<Dossier> findForAgency(String agency, DossierStatus status, Pageable page);

    @Query("select d from Dossier d where d.owner = :owner and (:status is null or d.status = :status)")
    Page<Dossier> findForOwner(String owner, DossierStatus status, Pageable page);
}
