package vn.egov.payment.payment;

/**
 * What a new payment copies from the dossier and the request: who pays what to whom.
 *
 * @param dossierCode the dossier
 * @param amount VND outstanding, from dossier-service
 * @param ownerSubject the citizen account that owns the dossier
 * @param agencyCode the collecting agency
 * @param agencyName its name, for the receipt
 * @param procedureCode the procedure
 * @param feeName the fee's name, for the receipt
 * @param payerName the applicant's name, for the receipt
 * @param payerAddress the applicant's address, for the receipt
 * @param clientIp the payer's address as the gateway saw it
 */
public record Payer(
        String dossierCode,
        long amount,
        String ownerSubject,
        String agencyCode,
        String agencyName,
        String procedureCode,
        String feeName,
        String payerName,
        String payerAddress,
        String clientIp) {}
