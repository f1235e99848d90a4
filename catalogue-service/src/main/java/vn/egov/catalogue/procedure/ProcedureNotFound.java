package vn.egov.catalogue.procedure;

import vn.egov.servicedefaults.problem.DomainProblem;

/** No such procedure or version, or none a new dossier may use today. */
public class ProcedureNotFound extends DomainProblem {

    private ProcedureNotFound(String slug, String detail) {
        super(Kind.NOT_FOUND, slug, detail);
    }

    public static ProcedureNotFound of(String code) {
        return new ProcedureNotFound("not-found", "Procedure " + code + " does not exist");
    }

    public static ProcedureNotFound version(int version, String code) {
        return new ProcedureNotFound("not-found", "Version " + version + " of procedure " + code + " does not exist");
    }

    static ProcedureNotFound retired(String code) {
        return new ProcedureNotFound(
                "procedure-retired", "Procedure " + code + " is retired and accepts no new dossiers");
    }

    static ProcedureNotFound notYetEffective(String code) {
        return new ProcedureNotFound(
                "procedure-not-yet-effective", "Procedure " + code + " has no version in force yet");
    }
}
