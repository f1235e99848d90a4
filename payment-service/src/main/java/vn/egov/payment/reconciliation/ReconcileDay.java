package vn.egov.payment.reconciliation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.egov.payment.PublicSite;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.PaymentStatus;
import vn.egov.payment.payment.Payments;
import vn.egov.payment.payment.ProviderOrders;
import vn.egov.payment.provider.Outcome;
import vn.egov.payment.provider.PaymentProvider;
import vn.egov.payment.provider.PaymentProviders;
import vn.egov.payment.provider.ProviderOrder;
import vn.egov.payment.provider.ProviderResult;
import vn.egov.payment.provider.ProviderUnavailable;
import vn.egov.servicedefaults.time.CityClock;

/**
 * Compares a day's payments (Vietnamese calendar day) with each partner's record — MoMo and NAPAS asked order by order,
 * VietinBank's statement of the collection account — and lists what differs, with the callbacks we kept but could not
 * credit (transfers naming no order, wrong amounts).
 */
@Component
public class ReconcileDay {

    private static final ZoneId VIETNAM = CityClock.ZONE;

    private final Payments payments;
    private final PaymentProviders providers;
    private final PublicSite site;
    private final JdbcTemplate jdbc;

    ReconcileDay(Payments payments, PaymentProviders providers, PublicSite site, JdbcTemplate jdbc) {
        this.payments = payments;
        this.providers = providers;
        this.site = site;
        this.jdbc = jdbc;
    }

    /**
     * @param agencyCode only this agency's payments; null for all
     */
    public Report reconcile(LocalDate day, String agencyCode) {
        var from = day.atStartOfDay(VIETNAM).toInstant();
        var to = day.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        List<Mismatch> mismatches = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        int compared = 0;
        for (String code : providers.codes()) {
            PaymentProvider provider = providers.get(code);
            List<Payment> ours = payments.findOfProvider(code, from, to).stream()
                    .filter(p -> agencyCode == null || agencyCode.equals(p.agencyCode()))
                    .toList();
            List<ProviderOrder> orders =
                    ours.stream().map(p -> ProviderOrders.of(p, site)).toList();
            List<ProviderResult> theirs;
            try {
                theirs = provider.statement(day, orders);
            } catch (ProviderUnavailable e) {
                unavailable.add(code + ": " + e.getMessage());
                continue;
            }
            compared += ours.size();
            Map<String, ProviderResult> byOrder = theirs.stream()
                    .filter(r -> r.providerOrderId() != null)
                    .collect(Collectors.toMap(ProviderResult::providerOrderId, Function.identity(), (a, b) -> a));
            for (Payment payment : ours) {
                compare(payment, byOrder.get(payment.providerOrderId())).ifPresent(mismatches::add);
            }
            for (ProviderResult result : theirs) {
                boolean ours1 = result.providerOrderId() != null
                        && ours.stream().anyMatch(p -> p.providerOrderId().equals(result.providerOrderId()));
                if (!ours1 && result.outcome() == Outcome.SUCCEEDED && agencyCode == null) {
                    mismatches.add(new Mismatch(
                            "UNMATCHED_TRANSFER",
                            code,
                            null,
                            result.providerOrderId(),
                            null,
                            null,
                            null,
                            result.outcome().name(),
                            result.amount(),
                            result.transactionId(),
                            result.message()));
                }
            }
        }
        mismatches.addAll(refusedCallbacks(from, to, agencyCode));
        return new Report(day, agencyCode, compared, mismatches, unavailable);
    }

    private static java.util.Optional<Mismatch> compare(Payment payment, ProviderResult theirs) {
        boolean paidHere = payment.status() == PaymentStatus.SUCCESS;
        boolean paidThere = theirs != null && theirs.outcome() == Outcome.SUCCEEDED;
        String kind = null;
        if (paidThere && !paidHere && payment.refundedAt() == null) {
            kind = "PAID_AT_PARTNER_ONLY";
        } else if (paidHere && !paidThere) {
            kind = "PAID_HERE_ONLY";
        } else if (paidHere && theirs.amount() != null && !Objects.equals(theirs.amount(), payment.amount())) {
            kind = "AMOUNT_DIFFERS";
        }
        if (kind == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Mismatch(
                kind,
                payment.provider(),
                payment.id(),
                payment.providerOrderId(),
                payment.dossierCode(),
                payment.status().name(),
                payment.amount(),
                theirs == null ? null : theirs.outcome().name(),
                theirs == null ? null : theirs.amount(),
                theirs == null ? null : theirs.transactionId(),
                theirs == null ? "the partner did not answer for this order" : theirs.message()));
    }

    private List<Mismatch> refusedCallbacks(java.time.Instant from, java.time.Instant to, String agencyCode) {
        return jdbc.query(
                """
                select c.provider, c.handling, c.payment_id, c.provider_order_id, c.amount, c.transaction_id, c.verdict,
                       p.dossier_code, p.status, p.amount as our_amount, p.agency_code
                from payment_callback c left join payment p on p.id = c.payment_id
                where c.received_at >= ? and c.received_at < ? and c.handling in ('UNKNOWN_ORDER', 'WRONG_AMOUNT')
                  and (cast(? as text) is null or p.agency_code = ?)
                order by c.received_at
                """,
                (rs, n) -> new Mismatch(
                        "UNKNOWN_ORDER".equals(rs.getString("handling"))
                                ? "UNMATCHED_TRANSFER"
                                : "WRONG_AMOUNT_CALLBACK",
                        rs.getString("provider"),
                        rs.getObject("payment_id", java.util.UUID.class),
                        rs.getString("provider_order_id"),
                        rs.getString("dossier_code"),
                        rs.getString("status"),
                        (Long) rs.getObject("our_amount"),
                        "SUCCEEDED",
                        (Long) rs.getObject("amount"),
                        rs.getString("transaction_id"),
                        rs.getString("verdict")),
                java.sql.Timestamp.from(from),
                java.sql.Timestamp.from(to),
                agencyCode,
                agencyCode);
    }

    /**
     * @param compared our payments compared
     * @param unavailable partners that could not be asked, with why
     */
    public record Report(
            LocalDate day, String agencyCode, int compared, List<Mismatch> mismatches, List<String> unavailable) {}
}
