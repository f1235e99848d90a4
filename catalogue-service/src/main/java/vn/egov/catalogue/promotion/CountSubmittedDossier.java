package vn.egov.catalogue.promotion;

import org.springframework.stereotype.Service;
import vn.egov.contracts.dossier.DossierSubmitted;
import vn.egov.servicedefaults.time.CityClock;

/**
 * Counts a submitted dossier for its procedure and year (in the city's time zone). Called in the transaction that
 * records the event as processed, so a redelivered event is not counted twice.
 */
@Service
public class CountSubmittedDossier {

    private final DossierCounts counts;

    CountSubmittedDossier(DossierCounts counts) {
        this.counts = counts;
    }

    public void count(DossierSubmitted dossier) {
        int year = dossier.submittedAt().atZoneSameInstant(CityClock.ZONE).getYear();
        counts.add(dossier.procedureCode(), year, "ONLINE".equals(dossier.channel()), dossier.serviceLevel() == 3);
    }
}
