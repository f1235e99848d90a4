package vn.egov.catalogue.procedure;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.catalogue.agency.Agencies;
import vn.egov.catalogue.agency.Agency;

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
     * @throws ProcedureNotFound for an unknown code or version, a retired procedure or one not yet in force
     */
    @Transactional(readOnly = true)
    public ProcedureDetail view(String code, Integer version) {
        Procedure head = procedures.head(code).orElseThrow(() -> ProcedureNotFound.of(code));
        ProcedureVersion shown;
        if (version != null) {
            shown = procedures.version(code, version).orElseThrow(() -> ProcedureNotFound.version(version, code));
        } else {
            if (head.status() == Procedure.Status.RETIRED) {
                throw ProcedureNotFound.retired(code);
            }
            shown = procedures
                    .inForceOn(code, LocalDate.now(clock))
                    .orElseThrow(() -> ProcedureNotFound.notYetEffective(code));
        }
        String agencyName =
                agencies.find(shown.rules().agencyCode()).map(Agency::name).orElse(null);
        return ProcedureDetail.of(shown, head, agencyName, properties.onlineTimeShare());
    }
}
