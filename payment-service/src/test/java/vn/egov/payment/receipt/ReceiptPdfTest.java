package vn.egov.payment.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.egov.payment.receipt.IssuedReceiptFixture.anIssuedReceipt;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.egov.servicedefaults.qr.QrPng;

class ReceiptPdfTest {

    private static final String URL = "https://dichvucong.danang.gov.vn/api/public/receipts/ABCDEFGH2345";

    @Test
    void printsWhatDecree123RequiresWithItsDiacritics() throws Exception {
        byte[] pdf = ReceiptPdf.render(
                anIssuedReceipt().numbered("BL-26E", 12).of(1_250_000).build(), URL);

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(text(pdf))
                .contains("BIÊN LAI THU PHÍ, LỆ PHÍ")
                .contains("(Biên lai điện tử)")
                .contains("Mẫu số: 01BLP0-001")
                .contains("Ký hiệu: BL-26E")
                .contains("Số: 0000012")
                .contains("SỞ TƯ PHÁP THÀNH PHỐ ĐÀ NẴNG")
                .contains("Đơn vị thu phí, lệ phí: Sở Tư pháp thành phố Đà Nẵng")
                .contains("Mã số thuế: 0401234567")
                .contains("Họ tên người nộp: Nguyễn Văn An")
                .contains("Địa chỉ: 12 Lê Duẩn, phường Hải Châu, Đà Nẵng")
                .contains("Mã hồ sơ: 000.00.12.H17-260305-0001")
                .contains("Tên loại phí, lệ phí: Lệ phí cấp bản sao trích lục hộ tịch")
                .contains("Số tiền: 1.250.000 đồng")
                .contains("Bằng chữ: Một triệu hai trăm năm mươi nghìn đồng")
                .contains("Hình thức thanh toán: MoMo")
                .contains("MOMO-4088823000")
                .contains("Mã tra cứu: ABCDEFGH2345")
                .contains("Ký bởi: Sở Tư pháp thành phố Đà Nẵng");
    }

    @Test
    void embedsEveryFontItUsesSoThatAnyReaderShowsTheDiacritics() throws Exception {
        try (var document = Loader.loadPDF(ReceiptPdf.render(anIssuedReceipt().build(), URL))) {
            var resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(f -> f.endsWith("+DejaVuSans")).anyMatch(f -> f.endsWith("+DejaVuSans-Bold"));
        }
    }

    @Test
    void datesTheReceiptInVietnamTime() throws Exception {
        // 23:30 UTC on 4 March is already 5 March in Đà Nẵng.
        byte[] pdf = ReceiptPdf.render(
                anIssuedReceipt()
                        .issuedAt(Instant.parse("2026-03-04T23:30:00Z"))
                        .build(),
                URL);

        assertThat(text(pdf)).contains("Ngày lập biên lai: ngày 05 tháng 03 năm 2026, lúc 06:30");
    }

    @Test
    void leavesOutTheTaxCodeWhenTheAgencyHasNone() throws Exception {
        assertThat(text(ReceiptPdf.render(anIssuedReceipt().withoutTaxCode().build(), URL)))
                .doesNotContain("Mã số thuế")
                .doesNotContain("MST");
    }

    @Test
    void theQrCodeLeadsToThePublicVerification() throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(QrPng.render(URL, 300)));

        String decoded = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();

        assertThat(decoded).isEqualTo(URL);
    }

    @Test
    void embedsTheQrCodeImage() throws Exception {
        try (var document = Loader.loadPDF(ReceiptPdf.render(anIssuedReceipt().build(), URL))) {
            var resources = document.getPage(0).getResources();
            long images = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    images++;
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
