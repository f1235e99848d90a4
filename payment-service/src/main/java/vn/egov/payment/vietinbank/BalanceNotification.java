package vn.egov.payment.vietinbank;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The bank's notification that money came into our account ("notify-bill"), as received. */
record BalanceNotification(
        String msgId, String providerId, String custCode, String transType, BankTransfer transfer, String signature) {

    /**
     * Reads the notification's JSON.
     *
     * @throws IllegalArgumentException when it is not one
     */
    static BalanceNotification read(JsonNode node) {
        BankTransfer transfer = BankTransfer.read(node);
        return new BalanceNotification(
                BankTransfer.text(node, "msgId"),
                BankTransfer.required(node, "providerId"),
                BankTransfer.text(node, "custCode"),
                BankTransfer.text(node, "transType"),
                transfer,
                BankTransfer.required(node, "signature"));
    }

    /** The text the bank signs: transId, transTime, custCode, amount, bankTransId and remark, empty ones left out. */
    String signedText() {
        return Stream.of(
                        transfer.transId(),
                        transfer.transTime(),
                        custCode,
                        transfer.amount(),
                        transfer.bankTransId(),
                        transfer.remark())
                .filter(field -> !field.isEmpty())
                .collect(Collectors.joining());
    }
}
