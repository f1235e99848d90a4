package vn.egov.payment.payment.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.egov.contracts.codes.DossierCode;
import vn.egov.payment.payment.ListPayments;
import vn.egov.payment.payment.Payment;
import vn.egov.payment.payment.PaymentNotFound;
import vn.egov.payment.payment.PaymentRequest;
import vn.egov.payment.payment.PaymentStatus;
import vn.egov.payment.payment.Payments;
import vn.egov.payment.payment.StartPayment;
import vn.egov.payment.payment.ViewPayment;
import vn.egov.payment.provider.PaymentProviders;
import vn.egov.servicedefaults.problem.ApiProblem;
import vn.egov.servicedefaults.security.CurrentUser;

/** Citizens pay their dossiers' fees; officers see what their agency collected. */
@RestController
class PaymentController {

    private static final Pattern ORDER_ID = Pattern.compile("^[A-Z0-9]{6,25}$");

    private final StartPayment startPayment;
    private final ViewPayment viewPayment;
    private final ListPayments listPayments;
    private final Payments payments;
    private final PaymentProviders providers;

    PaymentController(
            StartPayment startPayment,
            ViewPayment viewPayment,
            ListPayments listPayments,
            Payments payments,
            PaymentProviders providers) {
        this.startPayment = startPayment;
        this.viewPayment = viewPayment;
        this.listPayments = listPayments;
        this.payments = payments;
        this.providers = providers;
    }

    @ApiResponse(responseCode = "201", description = "Started: go to redirectUrl (or show the VietQR)")
    @ApiResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the payment as it is now")
    @PostMapping("/api/payments")
    ResponseEntity<PaymentResponses.View> start(
            @Parameter(
                            required = true,
                            description = "A new UUID per intended request; a retry with the same key gets the first"
                                    + " answer again",
                            example = "0b8e6f1e-6c2a-4d7e-9f3b-2a1c5d4e3f21")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @RequestBody(required = false) PaymentRequest request,
            CurrentUser user,
            HttpServletRequest http) {
        if (!user.has(CurrentUser.Role.CITIZEN)) {
            throw new ApiProblem(
                    HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Only the dossier's owner pays its fee");
        }
        String key = checkedKey(idempotencyKey);
        PaymentRequest checked = checked(request);
        StartPayment.Started started = startPayment.start(user.subject(), key, checked, ClientAddress.of(http));
        Payment payment = started.payment();
        if (started.created() && payment.status() == PaymentStatus.ERROR) {
            throw new ApiProblem(
                            HttpStatus.BAD_GATEWAY,
                            "provider-unavailable",
                            "Payment provider unavailable",
                            payment.provider() + " did not take the payment; nothing was charged. Try again later or"
                                    + " choose another provider")
                    .with("paymentId", payment.id().toString());
        }
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/payments/" + payment.id()))
                .body(PaymentResponses.View.of(payment));
    }

    @GetMapping("/api/payments/{id}")
    PaymentResponses.View view(@PathVariable String id, CurrentUser user) {
        return PaymentResponses.View.of(viewPayment.view(id, user));
    }

    /** The dossier's payments ({@code dossierCode}), or an officer's agency's payments of a day ({@code date}). */
    @GetMapping("/api/payments")
    Object list(
            @RequestParam(name = "dossierCode", required = false) String dossierCode,
            @RequestParam(name = "date", required = false) LocalDate date,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size,
            CurrentUser user) {
        if (page < 0 || size < 1 || size > 100) {
            throw invalid("size", "page from 0, size from 1 to 100");
        }
        if (dossierCode != null) {
            if (!DossierCode.isValid(dossierCode)) {
                throw invalid("dossierCode", "is not a dossier code");
            }
            return PaymentResponses.page(listPayments.ofDossier(dossierCode, user, page, size));
        }
        if (date != null
                && user.has(CurrentUser.Role.OFFICER)
                && user.agencyCode().isPresent()) {
            return PaymentResponses.AgencyDay.of(
                    listPayments.ofAgencyDay(user.agencyCode().get(), date, page, size));
        }
        throw invalid("dossierCode", "give a dossierCode, or (officers) a date");
    }

    @GetMapping(value = "/api/payments/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String id, CurrentUser user) {
        Payment payment = viewPayment.view(id, user);
        if (payment.qrPayload() == null) {
            throw new PaymentNotFound("VietQR of payment", id);
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(png(payment.qrPayload()));
    }

    /** Where a payer's browser lands after the partner's page: the status only, for anyone holding the order id. */
    @SecurityRequirements
    @GetMapping("/api/public/payments/by-order/{provider}/{orderId}")
    PaymentResponses.PublicStatus publicStatus(@PathVariable String provider, @PathVariable String orderId) {
        if (providers.find(provider).isEmpty() || !ORDER_ID.matcher(orderId).matches()) {
            throw new PaymentNotFound("Payment", orderId);
        }
        return payments.findByProviderAndProviderOrderId(provider, orderId)
                .map(PaymentResponses.PublicStatus::of)
                .orElseThrow(() -> new PaymentNotFound("Payment", orderId));
    }

    private PaymentRequest checked(PaymentRequest request) {
        if (request == null) {
            throw invalid("dossierCode", "send {\"dossierCode\": ..., \"provider\": ...}");
        }
        if (!DossierCode.isValid(request.dossierCode())) {
            throw invalid("dossierCode", "is not a dossier code such as 000.00.15.H17-261123-0001");
        }
        if (request.provider() == null || providers.find(request.provider()).isEmpty()) {
            throw new ApiProblem(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "provider-unknown",
                            "Unknown provider",
                            "Choose one of " + String.join(", ", providers.codes()))
                    .with("errors", List.of(Map.of("field", "provider", "message", "is not offered")));
        }
        return request;
    }

    private static String checkedKey(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw ApiProblem.badRequest(
                            "idempotency-key-required",
                            "Send an Idempotency-Key header (1 to 100 characters) so a retry cannot pay twice")
                    .with("errors", List.of(Map.of("field", "Idempotency-Key", "message", "is required")));
        }
        return key.strip();
    }

    private static ApiProblem invalid(String field, String message) {
        return ApiProblem.badRequest("invalid-request", "Invalid fields: " + field)
                .with("errors", List.of(Map.of("field", field, "message", message)));
    }

    /**
     * The VietQR payload as a PNG to scan. Not {@code QrPng}, which declares UTF-8 in the code (an ECI segment): an
     * EMVCo payload is plain ASCII, and banking apps read it without one; the wider quiet zone suits a phone screen.
     */
    private static byte[] png(String payload) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            320,
                            320,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("cannot draw the VietQR code", e);
        }
    }
}
