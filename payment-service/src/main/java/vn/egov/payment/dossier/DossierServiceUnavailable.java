package vn.egov.payment.dossier;

/** dossier-service could not say what a dossier owes; nothing was started. */
public class DossierServiceUnavailable extends RuntimeException {

    DossierServiceUnavailable(Throwable cause) {
        super("dossier-service did not answer: " + cause.getMessage(), cause);
    }
}
