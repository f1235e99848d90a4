package vn.egov.sandbox.napas;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Receives the payer's browser at {@code vpcpay.do}: checks merchant, access code and secure hash (code 8), then the
 * fields (code 1) and the reference's uniqueness (code 33), and opens the card page for the order.
 */
@Service
public class StartNapasPayment {

    private static final Logger log = LoggerFactory.getLogger(StartNapasPayment.class);

    private static final List<String> REQUIRED = List.of(
            "vpc_Version",
            "vpc_Command",
            "vpc_MerchTxnRef",
            "vpc_OrderInfo",
            "vpc_Amount",
            "vpc_CurrencyCode",
            "vpc_Locale",
            "vpc_ReturnURL",
            "vpc_BackURL",
            "vpc_TicketNo");

    private final NapasProperties properties;
    private final NapasOrders orders;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public StartNapasPayment(NapasProperties properties, NapasOrders orders, Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.clock = clock;
    }

    /** @param fields the query parameters of {@code vpcpay.do} */
    public NapasStart start(Map<String, String> fields) {
        if (!properties.merchant().equals(fields.get("vpc_Merchant"))
                || !properties.accessCode().equals(fields.get("vpc_AccessCode"))) {
            return NapasStart.refused(NapasResponseCode.BAD_CHECKSUM, "Unknown merchant or access code");
        }
        if (!properties.secureHash().verifies(fields)) {
            log.warn("Refusing NAPAS pay {}: bad vpc_SecureHash", fields.get("vpc_MerchTxnRef"));
            return NapasStart.refused(NapasResponseCode.BAD_CHECKSUM, "Invalid vpc_SecureHash");
        }
        Optional<String> missing = REQUIRED.stream()
                .filter(name -> NapasFields.blank(fields.get(name)))
                .findFirst();
        if (missing.isPresent()) {
            return NapasStart.refused(NapasResponseCode.REJECTED, "Missing " + missing.get());
        }
        Optional<String> invalid = invalidField(fields);
        if (invalid.isPresent()) {
            return NapasStart.refused(NapasResponseCode.REJECTED, "Invalid " + invalid.get());
        }
        NapasPayRequest request = new NapasPayRequest(
                fields.get("vpc_Version"),
                fields.get("vpc_MerchTxnRef"),
                fields.get("vpc_OrderInfo"),
                NapasFields.amount(fields.get("vpc_Amount")).orElseThrow(),
                fields.get("vpc_Locale"),
                fields.get("vpc_ReturnURL"),
                fields.get("vpc_BackURL"),
                fields.get("vpc_TicketNo"));
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        NapasOrder order = new NapasOrder(request, newToken(), now, now.plus(properties.orderExpiry()));
        if (!orders.add(order)) {
            return NapasStart.refused(NapasResponseCode.DUPLICATE_ORDER, "vpc_MerchTxnRef already used");
        }
        log.info("NAPAS order {} of {} VND awaits the payer", request.merchTxnRef(), request.amount());
        return new NapasStart(null, null, order);
    }

    private static Optional<String> invalidField(Map<String, String> fields) {
        if (!"2.0".equals(fields.get("vpc_Version"))) {
            return Optional.of("vpc_Version");
        }
        if (!"pay".equals(fields.get("vpc_Command"))) {
            return Optional.of("vpc_Command");
        }
        if (NapasFields.amount(fields.get("vpc_Amount"))
                .filter(a -> a.amount() > 0)
                .isEmpty()) {
            return Optional.of("vpc_Amount");
        }
        if (!"VND".equals(fields.get("vpc_CurrencyCode"))) {
            return Optional.of("vpc_CurrencyCode");
        }
        if (!"vn".equals(fields.get("vpc_Locale")) && !"en".equals(fields.get("vpc_Locale"))) {
            return Optional.of("vpc_Locale");
        }
        if (!isHttpUrl(fields.get("vpc_ReturnURL"))) {
            return Optional.of("vpc_ReturnURL");
        }
        if (!isHttpUrl(fields.get("vpc_BackURL"))) {
            return Optional.of("vpc_BackURL");
        }
        return Optional.empty();
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
