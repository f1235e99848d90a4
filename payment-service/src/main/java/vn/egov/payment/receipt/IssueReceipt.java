package vn.egov.payment.receipt;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.payment.payment.PaidPayment;
import vn.egov.servicedefaults.correlation.CorrelationId;
import vn.egov.servicedefaults.time.CityClock;

/**
 * Writes the e-receipt of a successful payment, in the transaction that records the success: a payment is paid if and
 * only if it has its receipt. The receipt is written without its number, which {@link NumberReceipts} gives it just
 * after the commit (numbers run per collecting agency per calendar year, Asia/Ho_Chi_Minh, without gaps). What the
 * receipt prints is copied from the payment (and the agency's configured tax code) into the receipt row, which is
 * written with plain SQL: the payment row must already be in the database (flushed) when this is called.
 */
@Component
public class IssueReceipt {

    private static final ZoneId VIETNAM = CityClock.ZONE;

    private final JdbcTemplate jdbc;
    private final ReceiptProperties properties;
    private final NumberReceipts numbering;
    private final Clock clock;

    IssueReceipt(JdbcTemplate jdbc, ReceiptProperties properties, NumberReceipts numbering, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.numbering = numbering;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Receipt issue(PaidPayment payment) {
        Instant now = clock.instant();
        int year = now.atZone(VIETNAM).getYear();
        UUID id = UUID.randomUUID();
        String receiptSymbol = properties.symbolPrefix() + String.format("%02d", year % 100) + "E";
        String verificationCode = VerificationCode.random().value();
        // What the receipt prints is copied now: it must read the same in ten years, whatever the configuration says.
        jdbc.update(
                """
                insert into receipt (id, payment_id, agency_code, year, form_symbol, receipt_symbol, verification_code,
                                     amount, issued_at, agency_name, agency_tax_code, dossier_code, fee_name,
                                     payer_name, payer_address, provider, provider_transaction_id, correlation_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
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
                payment.providerTransactionId(),
                CorrelationId.current().orElse(null));
        numbering.wakeUpAfterCommit();
        Receipt receipt = new Receipt(
                id,
                payment.id(),
                payment.agencyCode(),
                properties.formSymbol(),
                receiptSymbol,
                null,
                verificationCode,
                payment.amount(),
                now);
        return receipt;
    }
}
