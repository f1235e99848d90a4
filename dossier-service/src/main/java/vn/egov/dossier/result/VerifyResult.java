package vn.egov.dossier.result;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.dossier.dossier.Dossier;
import vn.egov.dossier.dossier.Dossiers;

/**
 * Anyone checks a result by its verification code: what was issued, by which agency, when, and to whom (masked). An
 * unknown or malformed code is a 404.
 */
@Component
public class VerifyResult {

    private final Results results;
    private final Dossiers dossiers;
    private final Clock clock;

    VerifyResult(Results results, Dossiers dossiers, Clock clock) {
        this.results = results;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** What the public check answers. */
    public record Verification(
            String dossierCode,
            String procedureName,
            String resultType,
            String issuedTo,
            OffsetDateTime issuedAt,
            String agencyName,
            boolean valid) {}

    @Transactional(readOnly = true)
    public Verification verify(String typedCode) {
        String code = VerificationCode.normalise(typedCode);
        IssuedResult result = (VerificationCode.isWellFormed(code)
                        ? results.findByVerificationCode(code)
                        : Optional.<IssuedResult>empty())
                .orElseThrow(() -> ResultNotFound.verifiedAs(typedCode));
        Dossier dossier =
                dossiers.findByCode(result.dossierCode()).orElseThrow(() -> ResultNotFound.verifiedAs(typedCode));
        return new Verification(
                result.dossierCode(),
                dossier.procedure().name(),
                result.resultType(),
                MaskedName.of(dossier.applicant().fullName()),
                result.issuedAt().atZone(clock.getZone()).toOffsetDateTime(),
                dossier.procedure().agencyName(),
                result.isValid());
    }
}
