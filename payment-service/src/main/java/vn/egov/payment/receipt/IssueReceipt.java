package vn.egov.payment.receipt;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.payment.payment.Payment;

/**
 * Issues the e-receipt of a successful payment, in the transaction that records the success: a payment is paid if and
 * only if it has its receipt. Numbers run per collecting agency per calendar year (Asia/Ho_Chi_Minh) without gaps; the
 * agency's counter row is locked for the transaction, so two payments of one agency never get the same number.
 */
@Component
public class IssueReceipt {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcTemplate jdbc;
    private final ReceiptProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    IssueReceipt(JdbcTemplate jdbc, ReceiptProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Receipt issue(Payment payment) {
        Instant now = clock.instant();
        int year = now.atZone(VIETNAM).getYear();
        Long number = jdbc.queryForObject(
                """
                insert into receipt_counter (agency_code, year, last_number) values (?, ?, 1)
                on conflict (agency_code, year) do update set last_number = receipt_counter.last_number + 1
                returning last_number
                """,
                Long.class,
                payment.agencyCode(),
                year);
        Receipt receipt = new Receipt(
                UUID.randomUUID(),
                payment.id(),
                payment.agencyCode(),
                properties.formSymbol(),
                properties.symbolPrefix() + String.format("%02d", year % 100) + "E",
                number,
                verificationCode(),
                payment.amount(),
                now);
        jdbc.update(
                """
                insert into receipt (id, payment_id, agency_code, year, form_symbol, receipt_symbol, number,
                                     verification_code, amount, issued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                receipt.id(),
                receipt.paymentId(),
                receipt.agencyCode(),
                year,
                receipt.formSymbol(),
                receipt.receiptSymbol(),
                receipt.number(),
                receipt.verificationCode(),
                receipt.amount(),
                java.sql.Timestamp.from(receipt.issuedAt()));
        return receipt;
    }

    /** Twelve characters from an alphabet without look-alikes (0/O, 1/I): about 60 bits, not guessable. */
    private String verificationCode() {
        StringBuilder code = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
