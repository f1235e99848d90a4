package vn.egov.sandbox.vietinbank.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.sandbox.SandboxRequestException;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultInjected;
import vn.egov.sandbox.vietinbank.BankTransfer;
import vn.egov.sandbox.vietinbank.PayByVietQr;
import vn.egov.sandbox.vietinbank.VietQrRefused;

/**
 * {@code POST /sandbox/vietqr/pay}: the sandbox's stand-in for a citizen's banking app scanning a VietQR. A payload
 * the app would not transfer on is refused as problem+json 422 naming the field at fault.
 */
@RestController
public class VietQrController {

    private final PayByVietQr payByVietQr;

    VietQrController(PayByVietQr payByVietQr) {
        this.payByVietQr = payByVietQr;
    }

    @FaultInjected(FaultChannel.VIETINBANK)
    @PostMapping("/sandbox/vietqr/pay")
    VietQrPayResponse pay(@RequestBody VietQrPayRequest request) {
        try {
            BankTransfer transfer = payByVietQr.pay(request.toPayment());
            return VietQrPayResponse.from(transfer);
        } catch (VietQrRefused refused) {
            SandboxRequestException problem = new SandboxRequestException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid-vietqr",
                    "The banking app will not transfer: field " + refused.field() + ": " + refused.getMessage());
            problem.problem().setProperty("field", refused.field());
            throw problem;
        }
    }
}
