package vn.egov.payment.receipt;

import vn.egov.servicedefaults.problem.DomainProblem;

/** A typed verification code that cannot be one: wrong length or characters outside the alphabet. */
public class MalformedVerificationCode extends DomainProblem {

    MalformedVerificationCode() {
        super(
                Kind.INVALID,
                "malformed-verification-code",
                "A receipt verification code is " + VerificationCode.LENGTH + " characters of "
                        + VerificationCode.ALPHABET);
    }
}
