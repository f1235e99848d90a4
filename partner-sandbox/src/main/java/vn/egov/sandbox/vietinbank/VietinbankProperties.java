package vn.egov.sandbox.vietinbank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's collection service at the simulated VietinBank.
 *
 * @param notifyUrl where VietinBank posts balance-change notifications
 * @param providerId providerId of the service
 * @param custCode custCode of the service
 * @param merchantId merchantId of the statement inquiry
 * @param collectionAccount the collection account that VietQR codes name and notifications report
 * @param clientId the {@code x-ibm-client-id} the API gateway accepts
 * @param clientSecret the {@code x-ibm-client-secret} the API gateway accepts
 * @param signingKey VietinBank's private key (PKCS#8 PEM), a Spring resource location
 * @param platformPublicKey the platform's public key (X.509 PEM) that verifies its replies and inquiries
 * @param remarkSuffix what the payer's banking app appends to the transfer's purpose
 * @param payerBankId the BIN of the payer's bank (sendBankId)
 * @param payerAccount the payer's account when the request names none
 */
@ConfigurationProperties("sandbox.vietinbank")
public record VietinbankProperties(
        @DefaultValue("http://localhost:8080/api/payments/callbacks/vietinbank") String notifyUrl,
        @DefaultValue("EGOVDN") String providerId,
        @DefaultValue("EGOVDN") String custCode,
        @DefaultValue("EGOVDN") String merchantId,
        @DefaultValue("113000006688") String collectionAccount,
        @DefaultValue("egov-client-id") String clientId,
        @DefaultValue("egov-client-secret") String clientSecret,
        @DefaultValue("classpath:keys/vietinbank-sandbox-private.pem") String signingKey,
        @DefaultValue("classpath:keys/egov-local-public.pem") String platformPublicKey,
        @DefaultValue(" CHUYEN TIEN") String remarkSuffix,
        @DefaultValue("970436") String payerBankId,
        @DefaultValue("0071000123456") String payerAccount) {}
