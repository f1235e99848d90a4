package vn.egov.servicedefaults.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrPngTest {

    @Test
    void rendersASquarePngThatReadsBackAsTheText() throws Exception {
        String text = "https://dichvucong.danang.gov.vn/api/public/results/K7QM-2XW9-P4TD?ghi-chú=Đà Nẵng";

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrPng.render(text, 300)));

        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(new QRCodeReader()
                        .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                        .getText())
                .isEqualTo(text);
    }

    @Test
    void refusesTextTooLongForAQrCode() {
        assertThatThrownBy(() -> QrPng.render("x".repeat(8000), 300)).isInstanceOf(IllegalArgumentException.class);
    }
}
