package vn.egov.sandbox.momo.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.egov.sandbox.fault.FaultChannel;
import vn.egov.sandbox.fault.FaultInjected;
import vn.egov.sandbox.momo.CreateMomoPayment;
import vn.egov.sandbox.momo.MomoResultCode;
import vn.egov.sandbox.momo.QueryMomoPayment;
import vn.egov.sandbox.momo.RefundMomoPayment;

/**
 * MoMo's AIO v2 API at MoMo's own paths (at MoMo: {@code https://test-payment.momo.vn/v2/gateway/api/...}), so only
 * the base URL differs. Answers HTTP 200 with a {@code resultCode}, except a bad format (20), which is HTTP 400.
 */
@RestController
public class MomoController {

    private final CreateMomoPayment createMomoPayment;
    private final QueryMomoPayment queryMomoPayment;
    private final RefundMomoPayment refundMomoPayment;

    MomoController(
            CreateMomoPayment createMomoPayment,
            QueryMomoPayment queryMomoPayment,
            RefundMomoPayment refundMomoPayment) {
        this.createMomoPayment = createMomoPayment;
        this.queryMomoPayment = queryMomoPayment;
        this.refundMomoPayment = refundMomoPayment;
    }

    @FaultInjected(FaultChannel.MOMO)
    @PostMapping("/v2/gateway/api/create")
    ResponseEntity<MomoCreateResponse> create(@RequestBody MomoCreateRequest request) {
        String requestBase =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        MomoCreateResponse response =
                MomoCreateResponse.from(request, createMomoPayment.create(request.toCreation(), requestBase));
        return ResponseEntity.status(statusFor(response.resultCode())).body(response);
    }

    @FaultInjected(FaultChannel.MOMO)
    @PostMapping("/v2/gateway/api/query")
    ResponseEntity<MomoQueryResponse> query(@RequestBody MomoQueryRequest request) {
        MomoQueryResponse response = MomoQueryResponse.from(request, queryMomoPayment.query(request.toQuery()));
        return ResponseEntity.status(statusFor(response.resultCode())).body(response);
    }

    @FaultInjected(FaultChannel.MOMO)
    @PostMapping("/v2/gateway/api/refund")
    ResponseEntity<MomoRefundResponse> refund(@RequestBody MomoRefundRequest request) {
        MomoRefundResponse response =
                MomoRefundResponse.from(request, refundMomoPayment.refund(request.toSubmission()));
        return ResponseEntity.status(statusFor(response.resultCode())).body(response);
    }

    private static HttpStatus statusFor(int resultCode) {
        return resultCode == MomoResultCode.BAD_FORMAT.code() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
    }
}
