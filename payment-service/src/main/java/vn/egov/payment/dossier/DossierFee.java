package vn.egov.payment.dossier;

/**
 * dossier-service's answer to "what does this dossier owe?" ({@code GET /internal/dossiers/{code}/fee}).
 *
 * @param amount VND outstanding: the amount the officer stated with request-payment, else the fee of the procedure
 *     version the dossier was submitted under
 * @param payable true when a payment may be started now
 * @param notPayableReason why not, in Vietnamese, when not payable
 * @param paidPaymentId the payment already applied to the dossier, if any
 */
public record DossierFee(
        String dossierCode,
        String status,
        String ownerSubject,
        String channel,
        String agencyCode,
        String agencyName,
        String procedureCode,
        String procedureName,
        String feeName,
        long amount,
        boolean payable,
        String notPayableReason,
        String paidPaymentId,
        String payerName,
        String payerAddress) {}
