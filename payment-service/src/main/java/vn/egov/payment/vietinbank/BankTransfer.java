package vn.egov.payment.vietinbank;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.egov.servicedefaults.time.CityClock;

/**
 * One credit to our account as the bank describes it, in a balance-change notification or a statement line; amounts
 * and times kept as the bank wrote them, since signatures are over that text.
 */
record BankTransfer(
        String transId,
        String bankTransId,
        String transTime,
        String amount,
        String remark,
        String recvAcctId,
        String currencyCode) {

    private static final ZoneId VIETNAM = CityClock.ZONE;
    private static final DateTimeFormatter TRANS_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Pattern WHOLE_VND = Pattern.compile("\\d{1,15}");

    /**
     * Reads the transfer's fields of a JSON object.
     *
     * @throws IllegalArgumentException when a field the bank always sends is missing, or is neither text nor number
     */
    static BankTransfer read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a transfer is a JSON object");
        }
        return new BankTransfer(
                required(node, "transId"),
                text(node, "bankTransId"),
                required(node, "transTime"),
                required(node, "amount"),
                text(node, "remark"),
                text(node, "recvAcctId"),
                text(node, "currencyCode"));
    }

    /** When the bank booked it. */
    Instant at() {
        try {
            return LocalDateTime.parse(transTime, TRANS_TIME).atZone(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("transTime is not yyyyMMddHHmmss: " + transTime, e);
        }
    }

    /** VND, a whole positive amount. */
    long vnd() {
        if (!WHOLE_VND.matcher(amount).matches() || Long.parseLong(amount) <= 0) {
            throw new IllegalArgumentException("amount is not a whole positive VND amount: " + amount);
        }
        return Long.parseLong(amount);
    }

    /** What a result records of the transfer beside its id. */
    String message() {
        return bankTransId.isEmpty() ? "VietinBank transfer" : "bankTransId " + bankTransId;
    }

    /** The field as text, numbers included; empty when absent or null. */
    static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isString() || value.isIntegralNumber()) {
            return value.asString();
        }
        throw new IllegalArgumentException(name + " is neither text nor a whole number");
    }

    static String required(JsonNode node, String name) {
        String value = text(node, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }
}
