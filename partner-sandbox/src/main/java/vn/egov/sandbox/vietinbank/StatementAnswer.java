package vn.egov.sandbox.vietinbank;

import java.util.List;

/**
 * VietinBank's answer to a statement inquiry.
 *
 * @param clientAuthenticated whether the API gateway let the request through; when not, nothing else is set
 * @param errorCode {@code 00} ok, {@code 01} bad signature, {@code 02} invalid request
 * @param errorDesc what the code means
 * @param transactions the credits to the account on those days, oldest first; empty unless ok
 * @param signature base64 SHA256withRSA over requestId+errorCode by VietinBank
 */
public record StatementAnswer(
        boolean clientAuthenticated,
        String errorCode,
        String errorDesc,
        List<BankTransfer> transactions,
        String signature) {

    static final StatementAnswer UNAUTHENTICATED = new StatementAnswer(false, null, null, List.of(), null);
}
