package vn.egov.sandbox.vietinbank;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.egov.sandbox.fault.CallbackFaults;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.Faults;
import vn.egov.sandbox.payment.CallbackDispatcher;
import vn.egov.sandbox.payment.OutgoingCallback;

/**
 * Plays a citizen's banking app paying a dynamic VietQR into the VietinBank collection account: reads and checks the
 * QR, credits the account, and has VietinBank post its signed balance-change notification to the platform (under the
 * planned callback faults).
 */
@Service
public class PayByVietQr {

    private static final Logger log = LoggerFactory.getLogger(PayByVietQr.class);

    /** VietinBank's BIN, the bank a QR must name for the sandbox to credit the collection account. */
    public static final String VIETINBANK_BIN = "970415";

    private final VietinbankProperties properties;
    private final BankTransfers transfers;
    private final BalanceChangeNotifications notifications;
    private final Faults faults;
    private final CallbackDispatcher dispatcher;
    private final Clock clock;

    public PayByVietQr(
            VietinbankProperties properties,
            BankTransfers transfers,
            BalanceChangeNotifications notifications,
            Faults faults,
            CallbackDispatcher dispatcher,
            Clock clock) {
        this.properties = properties;
        this.transfers = transfers;
        this.notifications = notifications;
        this.faults = faults;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /**
     * @throws VietQrRefused when the app would not transfer: a bad payload, or a beneficiary other than the
     *     collection account
     */
    public BankTransfer pay(VietQrPayment payment) {
        VietQr qr = VietQr.read(payment.payload());
        if (!VIETINBANK_BIN.equals(qr.bin())) {
            throw new VietQrRefused("38.01.00", "the sandbox only credits VietinBank (BIN " + VIETINBANK_BIN + ")");
        }
        if (!properties.collectionAccount().equals(qr.account())) {
            throw new VietQrRefused("38.01.01", "account " + qr.account() + " is not the sandbox collection account");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        long sequence = transfers.nextSequence();
        String stamp = VietinbankTime.TRANS_TIME.format(now);
        BankTransfer transfer = new BankTransfer(
                "VTB" + stamp + String.format(Locale.ROOT, "%06d", sequence),
                "FT" + stamp.substring(2, 8) + String.format(Locale.ROOT, "%08d", sequence),
                now,
                qr.amount(),
                qr.purpose(),
                qr.purpose() + properties.remarkSuffix(),
                qr.account(),
                payment.payerAccount() == null || payment.payerAccount().isBlank()
                        ? properties.payerAccount()
                        : payment.payerAccount());
        transfers.add(transfer);
        log.info("VietQR transfer {} of {} VND for {}", transfer.transId(), transfer.amount(), transfer.purpose());
        CallbackFaults planned = faults.callbackFaults(FaultChannel.VIETINBANK);
        String body = notifications.body(transfer, UUID.randomUUID().toString(), planned);
        dispatcher.dispatch(
                new OutgoingCallback(properties.notifyUrl(), body, notifications.replyCheck()),
                planned,
                transfer::record);
        return transfer;
    }
}
