package vn.egov.catalogue.promotion;

import vn.egov.servicedefaults.problem.DomainProblem;

/** A level raised against the promotion rules without {@code force}; {@code eligibility} says why not. */
public class PromotionRuleNotMet extends DomainProblem {

    PromotionRuleNotMet(String code, int level, Eligibility rules) {
        super(
                Kind.CONFLICT,
                "promotion-rule-not-met",
                "Procedure " + code + " may not be raised to level " + level + ": "
                        + String.join("; ", rules.reasons()));
        with("field", "serviceLevel").with("eligibility", rules);
    }
}
