package vn.egov.dossier.dossier;

import java.util.List;
import vn.egov.servicedefaults.problem.DomainProblem;
import vn.egov.servicedefaults.problem.InvalidFields;

/** A payment the dossier cannot ask for: it was paid already, or nothing is owed and no amount was stated. */
public class PaymentNotRequestable extends DomainProblem {

    private PaymentNotRequestable(Kind kind, String slug, String title, String detail) {
        super(kind, slug, title, detail);
    }

    static PaymentNotRequestable alreadyPaid(String code, String paidPaymentId) {
        PaymentNotRequestable problem = new PaymentNotRequestable(
                Kind.CONFLICT,
                "already-paid",
                Kind.CONFLICT.title(),
                "Dossier " + code + " was already paid (payment " + paidPaymentId + "); nothing is owed");
        problem.with("paidPaymentId", paidPaymentId);
        return problem;
    }

    static PaymentNotRequestable amountRequired(String code) {
        PaymentNotRequestable problem = new PaymentNotRequestable(
                Kind.UNPROCESSABLE,
                "amount-required",
                "Amount required",
                "The procedure of dossier " + code + " has no fee: state the amount to pay");
        problem.with("errors", List.of(InvalidFields.error("amount", "is required: the procedure has no fee")));
        return problem;
    }
}
