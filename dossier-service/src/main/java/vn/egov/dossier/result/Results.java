package vn.egov.dossier.result;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All issued results. */
public interface Results extends JpaRepository<IssuedResult, Long> {

    Optional<IssuedResult> findByDossierCode(String dossierCode);

    Optional<IssuedResult> findByVerificationCode(String verificationCode);
}
