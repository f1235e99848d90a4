package vn.egov.dossier.intake;

import org.springframework.stereotype.Component;
import vn.egov.dossier.catalogue.Catalogue;
import vn.egov.dossier.catalogue.Procedure;
import vn.egov.servicedefaults.problem.InvalidFields;

/**
 * The checks every intake makes against the catalogue before any write, online or at the counter: the procedure
 * exists and offers the chosen delivery. Each failure names the field.
 */
@Component
class SubmissionChecks {

    private final Catalogue catalogue;

    SubmissionChecks(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The procedure version in force for the submission, which offers the delivery the applicant chose. */
    Procedure procedureFor(Submission submission) {
        Procedure procedure = catalogue
                .procedure(submission.procedureCode())
                .orElseThrow(() -> invalid(
                        "unknown-procedure",
                        "procedureCode",
                        "No procedure " + submission.procedureCode() + " in the catalogue"));
        if (!procedure.delivers(submission.delivery().name())) {
            throw invalid(
                    "delivery-not-offered",
                    "delivery",
                    "Procedure " + procedure.code() + " delivers results only " + procedure.deliveryOptions());
        }
        return procedure;
    }

    static InvalidFields invalid(String slug, String field, String detail) {
        return InvalidFields.of(slug, detail, field, detail);
    }
}
