package vn.egov.servicedefaults.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * QR codes as PNG images, for printing on issued documents and receipts. ZXing is an optional dependency of
 * service-defaults: a service that renders QR codes declares {@code com.google.zxing:core} and {@code javase}.
 */
public final class QrPng {

    private QrPng() {}

    /**
     * A square PNG of {@code pixels} pixels encoding {@code text} (UTF-8). Error correction M keeps it readable under a
     * stamp or a fold; a one-module quiet zone is enough on a white page.
     *
     * @throws IllegalArgumentException when the text does not fit in a QR code
     */
    public static byte[] render(String text, int pixels) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            pixels,
                            pixels,
                            Map.of(
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name(),
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    1));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
