package vn.egov.payment.dossier;

import feign.FeignException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The fees dossiers owe, from dossier-service; our own records never trust an amount from the client. */
@Component
public class DossierFees {

    private final DossierFeeClient client;

    DossierFees(DossierFeeClient client) {
        this.client = client;
    }

    /**
     * @return empty when dossier-service knows no such dossier
     * @throws DossierServiceUnavailable when dossier-service cannot answer now
     */
    public Optional<DossierFee> of(String dossierCode) {
        try {
            return Optional.ofNullable(client.fee(dossierCode));
        } catch (FeignException.NotFound unknown) {
            return Optional.empty();
        } catch (FeignException e) {
            throw new DossierServiceUnavailable(e);
        }
    }
}
