package vn.egov.catalogue.procedure;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.agency.Agencies;
import vn.egov.catalogue.agency.Agency;
import vn.egov.servicedefaults.problem.ApiProblem;

/** Reads a procedure: the version in force today, or a given version (which a dossier keeps). */
@Service
public class ViewProcedure {

    private final Procedures procedures;
    private final Agencies agencies;
    private final ProcedureProperties properties;
    private final Clock clock;

    ViewProcedure(Procedures procedures, Agencies agencies, ProcedureProperties properties, Clock clock) {
        this.procedures = procedures;
        this.agencies = agencies;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param version a version number, or null for the one in force today
     * @throws ApiProblem 404 for an unknown code or version, a retired procedure or one not yet in force
     */
    @Transactional(readOnly = true)
    public ProcedureDetail view(String code, Integer version) {
        Procedure head = procedures.head(code).orElseThrow(() -> ApiProblem.notFound("Procedure", code));
        ProcedureVersion shown;
        if (version != null) {
            shown = procedures
                    .version(code, version)
                    .orElseThrow(() -> ApiProblem.notFound("Version " + version + " of procedure", code));
        } else {
            if (head.status() == Procedure.Status.RETIRED) {
                throw new ApiProblem(
                        HttpStatus.NOT_FOUND,
                        "procedure-retired",
                        "Not found",
                        "Procedure " + code + " is retired and accepts no new dossiers");
            }
            shown = procedures
                    .inForceOn(code, LocalDate.now(clock))
                    .orElseThrow(() -> new ApiProblem(
                            HttpStatus.NOT_FOUND,
                            "procedure-not-yet-effective",
                            "Not found",
                            "Procedure " + code + " has no version in force yet"));
        }
        String agencyName =
                agencies.find(shown.rules().agencyCode()).map(Agency::name).orElse(null);
        return ProcedureDetail.of(shown, head, agencyName, properties.onlineTimeShare());
    }
}
