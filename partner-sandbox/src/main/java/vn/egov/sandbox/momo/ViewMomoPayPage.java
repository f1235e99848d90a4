package vn.egov.sandbox.momo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Shows the payer MoMo's payment page for an order. */
@Service
public class ViewMomoPayPage {

    private final MomoProperties properties;
    private final MomoOrders orders;
    private final Clock clock;

    public ViewMomoPayPage(MomoProperties properties, MomoOrders orders, Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.clock = clock;
    }

    /** The page behind a payUrl's token; empty for a token MoMo never handed out. */
    public Optional<MomoPayPage> view(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return orders.byToken(token).map(order -> {
            MomoResultCode code = order.resultCode(now);
            MomoOrderRequest request = order.request();
            return new MomoPayPage(
                    token,
                    properties.storeName(),
                    request.partnerCode(),
                    request.orderId(),
                    request.orderInfo(),
                    request.amount().amount(),
                    code,
                    code.message("vi"),
                    order.expiresAt());
        });
    }
}
