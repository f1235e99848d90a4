package vn.egov.notification.contact;

import feign.FeignException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The applicants' contact details, from dossier-service. */
@Component
public class Contacts {

    private final DossierContactClient client;

    Contacts(DossierContactClient client) {
        this.client = client;
    }

    /**
     * The contact details of a dossier's applicant.
     *
     * @return empty when dossier-service knows no such dossier
     * @throws FeignException when dossier-service cannot answer now; the caller retries later
     */
    public Optional<DossierContact> of(String dossierCode) {
        try {
            return Optional.ofNullable(client.contact(dossierCode));
        } catch (FeignException.NotFound unknown) {
            return Optional.empty();
        }
    }
}
