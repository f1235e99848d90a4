package vn.egov.notification.nationalportal;

import vn.egov.servicedefaults.problem.DomainProblem;

/** An officer whose token names no agency may see no agency's dossiers. */
class NoAgency extends DomainProblem {

    NoAgency(String officer) {
        super(Kind.FORBIDDEN, "no-agency", "Officer " + officer + " belongs to no agency");
    }
}
