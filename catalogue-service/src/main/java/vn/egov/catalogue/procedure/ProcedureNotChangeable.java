package vn.egov.catalogue.procedure;

import java.util.List;
import vn.egov.servicedefaults.problem.DomainProblem;

/** A change to a procedure refused for its current state: stale version, retired, or the code already taken. */
public class ProcedureNotChangeable extends DomainProblem {

    private ProcedureNotChangeable(String slug, String detail) {
        super(Kind.CONFLICT, slug, detail);
    }

    static ProcedureNotChangeable staleVersion(String code, int latestVersion, Integer expectedVersion) {
        ProcedureNotChangeable problem = new ProcedureNotChangeable(
                "stale-version",
                "Procedure " + code + " is at version " + latestVersion + ", not " + expectedVersion
                        + "; reload and retry");
        problem.with("field", "version").with("latestVersion", latestVersion);
        return problem;
    }

    static ProcedureNotChangeable retired(String code) {
        return new ProcedureNotChangeable("procedure-retired", "Procedure " + code + " is retired");
    }

    static ProcedureNotChangeable duplicate(String code) {
        ProcedureNotChangeable problem =
                new ProcedureNotChangeable("duplicate-procedure", "Procedure " + code + " already exists");
        problem.with("errors", List.of(RulesDraft.error("code", "already exists")));
        return problem;
    }
}
