package vn.egov.payment.payment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.egov.servicedefaults.security.CurrentUser;
import vn.egov.servicedefaults.time.CityClock;

/**
 * Lists of payments: a dossier's (for its owner and its agency's officers), and an agency's of one day with totals per
 * provider (for its officers).
 */
@Component
public class ListPayments {

    private static final ZoneId VIETNAM = CityClock.ZONE;

    private final Payments payments;
    private final JdbcTemplate jdbc;

    ListPayments(Payments payments, JdbcTemplate jdbc) {
        this.payments = payments;
        this.jdbc = jdbc;
    }

    /** The dossier's payments, newest first; empty for a caller who may see none of them. */
    @Transactional(readOnly = true)
    public Page<Payment> ofDossier(String dossierCode, CurrentUser user, int page, int size) {
        Page<Payment> found = payments.findByDossierCodeOrderByCreatedAtDesc(dossierCode, PageRequest.of(page, size));
        if (found.getContent().stream().anyMatch(p -> !ViewPayment.mayView(p, user))) {
            return Page.empty(PageRequest.of(page, size));
        }
        return found;
    }

    /** The payments an officer's agency received on a day (Vietnamese calendar day), with totals. */
    @Transactional(readOnly = true)
    public AgencyDay ofAgencyDay(String agencyCode, LocalDate day, int page, int size) {
        var from = day.atStartOfDay(VIETNAM).toInstant();
        var to = day.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        List<ProviderTotal> totals = jdbc.query(
                """
                select provider, count(*) filter (where status = 'SUCCESS') as paid,
                       coalesce(sum(amount) filter (where status = 'SUCCESS'), 0) as amount,
                       coalesce(sum(refunded_amount), 0) as refunded,
                       count(*) as payments
                from payment where agency_code = ? and created_at >= ? and created_at < ?
                group by provider order by provider
                """,
                (rs, n) -> new ProviderTotal(
                        rs.getString("provider"),
                        rs.getLong("payments"),
                        rs.getLong("paid"),
                        rs.getLong("amount"),
                        rs.getLong("refunded")),
                agencyCode,
                java.sql.Timestamp.from(from),
                java.sql.Timestamp.from(to));
        return new AgencyDay(
                agencyCode, day, payments.findOfAgency(agencyCode, from, to, PageRequest.of(page, size)), totals);
    }

    /**
     * @param payments all payments created that day
     * @param paid of which succeeded
     * @param amount VND collected
     * @param refunded VND given back
     */
    public record ProviderTotal(String provider, long payments, long paid, long amount, long refunded) {}

    public record AgencyDay(String agencyCode, LocalDate day, Page<Payment> payments, List<ProviderTotal> totals) {}
}
