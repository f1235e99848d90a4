package vn.egov.payment.receipt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.PaymentStatus;
import vn.egov.servicedefaults.time.CityClock;

/**
 * Issues the e-receipt of a successful payment, in the transaction that records the success: a payment is paid if and
 * only if it has its receipt. Numbers run per collecting agency per calendar year (Asia/Ho_Chi_Minh) without gaps; the
 * agency's counter row is locked for the transaction, so two payments of one agency never get the same number. What
 * the receipt prints is copied from the payment (and the agency's configured tax code) into the receipt row, which is
 * written with plain SQL: the payment row must already be in the database (flushed) when this is called.
 */
@Component
public class IssueReceipt {

    private static final ZoneId VIETNAM = CityClock.ZONE;

    private final JdbcTemplate jdbc;
    private final ReceiptProperties properties;
    private final Clock clock;

    IssueReceipt(JdbcTemplate jdbc, ReceiptProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Receipt issue(Payment payment) {
        if (payment.status() != PaymentStatus.SUCCESS) {
            // The receipt prints the partner's transaction id, which only a success has.
            throw new IllegalStateException(
                    "payment " + payment.id() + " is " + payment.status() + "; only a successful one gets a receipt");
        }
        Instant now = clock.instant();
        int year = now.atZone(VIETNAM).getYear();
        UUID id = UUID.randomUUID();
        String receiptSymbol = properties.symbolPrefix() + String.format("%02d", year % 100) + "E";
        String verificationCode = VerificationCode.random().value();
        // The agency's counter row stays locked until the transaction ends, so it is taken in the same statement as
        // the receipt is written: one round trip, as late in the transaction as the receipt's number allows. What the
        // receipt prints is copied now: it must read the same in ten years, whatever the configuration says.
        Long number = jdbc.queryForObject(
                """
                with counter as (
                    insert into receipt_counter (agency_code, year, last_number) values (?, ?, 1)
                    on conflict (agency_code, year) do update set last_number = receipt_counter.last_number + 1
                    returning last_number)
                insert into receipt (id, payment_id, agency_code, year, form_symbol, receipt_symbol, number,
                                     verification_code, amount, issued_at, agency_name, agency_tax_code, dossier_code,
                                     fee_name, payer_name, payer_address, provider, provider_transaction_id)
                select ?, ?, ?, ?, ?, ?, counter.last_number, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from counter
                returning number
                """,
                Long.class,
                payment.agencyCode(),
                year,
                id,
                payment.id(),
                payment.agencyCode(),
                year,
                properties.formSymbol(),
                receiptSymbol,
                verificationCode,
                payment.amount(),
                java.sql.Timestamp.from(now),
                payment.agencyName(),
                properties.taxCodeOf(payment.agencyCode()).orElse(null),
                payment.dossierCode(),
                payment.feeName(),
                payment.payerName(),
                payment.payerAddress(),
                payment.provider(),
                payment.providerTransactionId());
        Receipt receipt = new Receipt(
                id,
                payment.id(),
                payment.agencyCode(),
                properties.formSymbol(),
                receiptSymbol,
                number,
                verificationCode,
                payment.amount(),
                now);
        return receipt;
    }
}
