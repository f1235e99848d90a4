package vn.egov.sandbox.momo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.egov.sandbox.payment.Vnd;

/**
 * Creates a captureWallet payment the way {@code POST /v2/gateway/api/create} does: checks the format (20), the
 * partner and its signature (13), the amount (22) and the orderId's uniqueness (41), then hands out a payUrl.
 */
@Service
public class CreateMomoPayment {

    private static final Logger log = LoggerFactory.getLogger(CreateMomoPayment.class);

    static final String CAPTURE_WALLET = "captureWallet";
    static final Vnd MIN_AMOUNT = new Vnd(1_000);
    static final Vnd MAX_AMOUNT = new Vnd(50_000_000);

    /** Where the sandbox serves MoMo's payment page; the token follows. */
    public static final String PAY_PAGE_PATH = "/sandbox/momo/pay/";

    private final MomoProperties properties;
    private final MomoOrders orders;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CreateMomoPayment(MomoProperties properties, MomoOrders orders, Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.clock = clock;
    }

    /**
     * @param requestBaseUrl scheme, host and port the request came to, used for the payUrl unless a public base URL
     *     is configured
     */
    public MomoCreated create(MomoCreation creation, String requestBaseUrl) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (MomoRequests.anyBlank(
                        creation.partnerCode(),
                        creation.requestId(),
                        creation.amount(),
                        creation.orderId(),
                        creation.orderInfo(),
                        creation.redirectUrl(),
                        creation.ipnUrl(),
                        creation.requestType(),
                        creation.lang(),
                        creation.signature())
                || !CAPTURE_WALLET.equals(creation.requestType())
                || !MomoRequests.isLang(creation.lang())
                || !MomoRequests.isHttpUrl(creation.redirectUrl())
                || !MomoRequests.isHttpUrl(creation.ipnUrl())) {
            return MomoCreated.refused(MomoResultCode.BAD_FORMAT, now);
        }
        String extraData = creation.extraData() == null ? "" : creation.extraData();
        String raw = MomoSignature.createRequestRaw(
                properties.accessKey(),
                creation.amount(),
                extraData,
                creation.ipnUrl(),
                creation.orderId(),
                creation.orderInfo(),
                creation.partnerCode(),
                creation.redirectUrl(),
                creation.requestId(),
                creation.requestType());
        if (!properties.partnerCode().equals(creation.partnerCode())
                || !new MomoSignature(properties.secretKey()).verifies(raw, creation.signature())) {
            log.warn("Refusing MoMo create for order {}: unknown partner or bad signature", creation.orderId());
            return MomoCreated.refused(MomoResultCode.MERCHANT_AUTHENTICATION_FAILED, now);
        }
        if (creation.amount() < MIN_AMOUNT.amount() || creation.amount() > MAX_AMOUNT.amount()) {
            return MomoCreated.refused(MomoResultCode.AMOUNT_OUT_OF_RANGE, now);
        }
        MomoOrderRequest request = new MomoOrderRequest(
                creation.partnerCode(),
                creation.requestId(),
                creation.orderId(),
                new Vnd(creation.amount()),
                creation.orderInfo(),
                creation.redirectUrl(),
                creation.ipnUrl(),
                extraData,
                creation.lang());
        String token = newToken();
        if (!orders.add(new MomoOrder(request, token, now, now.plus(properties.orderExpiry())))) {
            return MomoCreated.refused(MomoResultCode.DUPLICATED_ORDER_ID, now);
        }
        String base = properties.publicBaseUrl().isBlank() ? requestBaseUrl : properties.publicBaseUrl();
        String payUrl = stripTrailingSlash(base) + PAY_PAGE_PATH + token;
        log.info("MoMo order {} of {} VND created: {}", request.orderId(), request.amount(), payUrl);
        return new MomoCreated(
                MomoResultCode.SUCCESS,
                now,
                payUrl,
                "momo://app?action=payWithApp&isScanQR=false&serviceType=app&sid=" + token + "&v=3.0",
                "momo://app?action=payWithApp&isScanQR=true&serviceType=qr&sid=" + token + "&v=3.0");
    }

    private String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
