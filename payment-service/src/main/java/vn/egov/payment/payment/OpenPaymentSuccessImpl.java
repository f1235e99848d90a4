package vn.egov.payment.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Spring Data fragment behind {@link OpenPaymentSuccess}, mixed into {@link Payments}. Plain JDBC in the caller's
 * transaction (the JPA transaction manager hands JdbcTemplate the same connection).
 */
class OpenPaymentSuccessImpl implements OpenPaymentSuccess {

    /** The states a payment may still succeed from, as the aggregate defines them. */
    private static final String OPEN_STATES = Arrays.stream(PaymentStatus.values())
            .filter(status -> !status.isFinal())
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private static final String SUCCEED_IF_OPEN =
            """
            update payment
            set status = 'SUCCESS', provider_transaction_id = ?, paid_at = ?, provider_message = ?, finished_at = ?,
                version = version + 1
            where provider = ? and provider_order_id = ? and amount = ? and status in (%s)
            returning id, dossier_code, agency_code, agency_name, fee_name, payer_name, payer_address, provider,
                      provider_transaction_id, amount
            """
                    .formatted(OPEN_STATES);

    private static final String STATE_OF =
            """
            select id, status, amount, provider_transaction_id from payment
            where provider = ? and provider_order_id = ?
            """;

    private final JdbcTemplate jdbc;

    OpenPaymentSuccessImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PaidPayment> succeedIfOpen(
            String provider,
            String providerOrderId,
            long amount,
            String transactionId,
            Instant paidAt,
            String message,
            Instant at) {
        return jdbc
                .query(
                        SUCCEED_IF_OPEN,
                        (row, n) -> paid(row),
                        transactionId,
                        utc(paidAt == null ? at : paidAt),
                        message,
                        utc(at),
                        provider,
                        providerOrderId,
                        amount)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<OrderState> stateOf(String provider, String providerOrderId) {
        return jdbc
                .query(
                        STATE_OF,
                        (row, n) -> new OrderState(
                                row.getObject("id", UUID.class),
                                PaymentStatus.valueOf(row.getString("status")),
                                row.getLong("amount"),
                                row.getString("provider_transaction_id")),
                        provider,
                        providerOrderId)
                .stream()
                .findFirst();
    }

    /** A {@code timestamptz} parameter, exact whatever the JVM's time zone. */
    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static PaidPayment paid(ResultSet row) throws SQLException {
        return new PaidPayment(
                row.getObject("id", UUID.class),
                row.getString("dossier_code"),
                row.getString("agency_code"),
                row.getString("agency_name"),
                row.getString("fee_name"),
                row.getString("payer_name"),
                row.getString("payer_address"),
                row.getString("provider"),
                row.getString("provider_transaction_id"),
                row.getLong("amount"));
    }
}
