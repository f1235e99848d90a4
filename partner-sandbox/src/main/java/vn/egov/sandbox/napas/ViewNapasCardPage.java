package vn.egov.sandbox.napas;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Shows the payer the NAPAS card page of an order. */
@Service
public class ViewNapasCardPage {

    private final NapasProperties properties;
    private final NapasOrders orders;
    private final Clock clock;

    public ViewNapasCardPage(NapasProperties properties, NapasOrders orders, Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.clock = clock;
    }

    public Optional<NapasCardPage> view(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return orders.byToken(token)
                .map(order -> new NapasCardPage(
                        token,
                        properties.merchant(),
                        order.request().merchTxnRef(),
                        order.request().orderInfo(),
                        order.request().amount().amount(),
                        order.awaitsPayer(now)));
    }
}
