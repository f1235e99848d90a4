package vn.egov.catalogue.promotion;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.procedure.ProcedureNotFound;
import vn.egov.catalogue.procedure.Procedures;

/** Tells whether a procedure may be raised a level, from its latest rules and last year's dossiers. */
@Service
public class CheckEligibility {

    private final Procedures procedures;
    private final DossierCounts counts;
    private final PromotionRules rules;
    private final Clock clock;

    CheckEligibility(Procedures procedures, DossierCounts counts, PromotionRules rules, Clock clock) {
        this.procedures = procedures;
        this.counts = counts;
        this.rules = rules;
        this.clock = clock;
    }

    /** @throws ProcedureNotFound for an unknown procedure */
    @Transactional(readOnly = true)
    public Eligibility check(String code) {
        int level = procedures
                .latest(code)
                .orElseThrow(() -> ProcedureNotFound.of(code))
                .rules()
                .serviceLevel();
        return rules.judge(level, counts.of(code, LocalDate.now(clock).getYear() - 1));
    }
}
