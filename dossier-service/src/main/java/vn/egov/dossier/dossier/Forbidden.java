package vn.egov.dossier.dossier;

import vn.egov.servicedefaults.problem.DomainProblem;

/** The caller sees the dossier but may not do this to it (an applicant's action by an officer, or the reverse). */
public class Forbidden extends DomainProblem {

    public Forbidden(String detail) {
        super(Kind.FORBIDDEN, "forbidden", detail);
    }
}
