package vn.egov.dossier.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.egov.servicedefaults.qr.QrPng;

class OfficialPdfTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void vietnameseTextIsEmbeddedAndReadsBackWithItsDiacritics() throws Exception {
        byte[] pdf = OfficialPdf.a4("Sở Tư pháp thành phố Đà Nẵng", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
                .field("Người nộp hồ sơ", "Nguyễn Văn An")
                .numbered(List.of("Tờ khai (TK)", "Bản sao CCCD"))
                .field("Ngày hẹn trả kết quả", OfficialPdf.date(LocalDate.of(2026, 3, 5)))
                .qr(QrPng.render("http://localhost:8080/x", 200), "http://localhost:8080/x")
                .finish();

        String text = text(pdf);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("SỞ TƯ PHÁP THÀNH PHỐ ĐÀ NẴNG")
                .contains("Nguyễn Văn An")
                .contains("Tờ khai (TK)")
                .contains("05/03/2026");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("DejaVuSans");
    }

    @Test
    void timesAreShownInTheAgencysZone() {
        assertThat(OfficialPdf.time(Instant.parse("2026-03-05T02:05:00Z"), VIETNAM))
                .isEqualTo("09:05 ngày 05/03/2026");
    }

    @Test
    void qrCodeDecodesToTheUrl() throws Exception {
        String url = "https://dichvucong.danang.gov.vn/api/public/results/ABCDEFGH23";

        assertThat(decodeQr(QrPng.render(url, 300))).isEqualTo(url);
    }

    static String decodeQr(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
