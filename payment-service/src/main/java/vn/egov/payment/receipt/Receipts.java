package vn.egov.payment.receipt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Issued receipts, read as they were printed: {@link IssueReceipt} writes them, {@link NumberReceipts} numbers them
 * (a receipt is read only once it has its number, a few milliseconds after the payment's success); nothing else
 * changes them.
 */
@Repository
public class Receipts {

    private static final String SELECT =
            """
            select id, payment_id, agency_code, agency_name, agency_tax_code, form_symbol, receipt_symbol, number,
                   verification_code, amount, fee_name, payer_name, payer_address, dossier_code, provider,
                   provider_transaction_id, issued_at
            from receipt
            """;

    private final JdbcTemplate jdbc;

    Receipts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IssuedReceipt> findByPaymentId(UUID paymentId) {
        return jdbc.query(SELECT + " where payment_id = ? and number is not null", Receipts::map, paymentId).stream()
                .findFirst();
    }

    public Optional<IssuedReceipt> findByVerificationCode(VerificationCode code) {
        return jdbc
                .query(SELECT + " where verification_code = ? and number is not null", Receipts::map, code.value())
                .stream()
                .findFirst();
    }

    private static IssuedReceipt map(ResultSet row, int rowNumber) throws SQLException {
        return new IssuedReceipt(
                row.getObject("id", UUID.class),
                row.getObject("payment_id", UUID.class),
                row.getString("agency_code"),
                nullToEmpty(row.getString("agency_name")),
                Optional.ofNullable(row.getString("agency_tax_code")),
                row.getString("form_symbol"),
                row.getString("receipt_symbol"),
                row.getLong("number"),
                new VerificationCode(row.getString("verification_code")),
                new Amount(row.getLong("amount")),
                nullToEmpty(row.getString("fee_name")),
                nullToEmpty(row.getString("payer_name")),
                nullToEmpty(row.getString("payer_address")),
                row.getString("dossier_code"),
                row.getString("provider"),
                nullToEmpty(row.getString("provider_transaction_id")),
                row.getTimestamp("issued_at").toInstant());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
