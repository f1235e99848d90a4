package vn.egov.payment.receipt;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.egov.servicedefaults.qr.QrPng;
import vn.egov.servicedefaults.time.CityClock;

/**
 * A receipt as an A4 PDF with the contents Decree 123/2020 art. 32 requires: the receipt's name, form and receipt
 * symbols and number, the collecting agency (and its tax code when known), the fee, the amount in figures and in words,
 * the payer, the date of issue and the collecting body's signature line. A QR code leads to the public verification.
 * DejaVu Sans is embedded (subset) so that Vietnamese diacritics show on any reader without fonts on the server. The
 * signature is a printed "Ký bởi" line, not a digital signature.
 */
final class ReceiptPdf {

    static final String TITLE = "BIÊN LAI THU PHÍ, LỆ PHÍ";

    private static final ZoneId VIETNAM = CityClock.ZONE;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

    private ReceiptPdf() {}

    static byte[] render(IssuedReceipt receipt, String verificationUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(TITLE + " " + receipt.reference());
        document.addSubject(receipt.feeName());
        document.addAuthor(receipt.agencyName());
        document.addCreator("egov payment-service");
        document.open();
        ZonedDateTime issued = receipt.issuedAt().atZone(VIETNAM);
        add(document, header(receipt));
        add(document, title());
        add(document, symbols(receipt));
        add(document, field("Đơn vị thu phí, lệ phí", receipt.agencyName()));
        receipt.agencyTaxCode().ifPresent(taxCode -> add(document, field("Mã số thuế", taxCode)));
        add(document, field("Họ tên người nộp", receipt.payerName()));
        add(document, field("Địa chỉ", receipt.payerAddress()));
        add(document, field("Mã hồ sơ", receipt.dossierCode()));
        add(document, field("Tên loại phí, lệ phí", receipt.feeName()));
        add(document, field("Số tiền", receipt.amount().inFigures() + " đồng"));
        add(document, field("Bằng chữ", receipt.amount().inWords()));
        add(document, field("Hình thức thanh toán", receipt.paymentMethod()));
        add(document, field("Mã giao dịch của đơn vị thanh toán", receipt.providerTransactionId()));
        add(document, field("Ngày lập biên lai", longDate(issued) + ", lúc " + time(issued)));
        add(document, footer(receipt, verificationUrl, issued));
        add(document, note(receipt, verificationUrl));
        document.close();
        return out.toByteArray();
    }

    /** "ngày 04 tháng 05 năm 2026", as Vietnamese documents date themselves. */
    static String longDate(ZonedDateTime at) {
        return DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy", VIETNAMESE)
                .format(at);
    }

    private static String time(ZonedDateTime at) {
        return DateTimeFormatter.ofPattern("HH:mm", VIETNAMESE).format(at);
    }

    private static Element header(IssuedReceipt receipt) {
        PdfPTable header = new PdfPTable(new float[] {1, 1.2f});
        header.setWidthPercentage(100);
        Phrase agency = new Phrase("", bold(10));
        agency.add(new Chunk(receipt.agencyName().toUpperCase(VIETNAMESE), bold(10)));
        receipt.agencyTaxCode().ifPresent(taxCode -> agency.add(new Chunk("\nMST: " + taxCode, regular(9))));
        header.addCell(cell(agency, Element.ALIGN_CENTER));
        Phrase motto = new Phrase("", bold(10));
        motto.add(new Chunk("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", bold(10)));
        motto.add(new Chunk("Độc lập - Tự do - Hạnh phúc", bold(10)));
        header.addCell(cell(motto, Element.ALIGN_CENTER));
        return header;
    }

    private static Element title() {
        Paragraph title = new Paragraph("", bold(15));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(24);
        title.add(new Chunk(TITLE + "\n", bold(15)));
        title.add(new Chunk("(Biên lai điện tử)", regular(10)));
        return title;
    }

    private static Element symbols(IssuedReceipt receipt) {
        PdfPTable symbols = new PdfPTable(3);
        symbols.setWidthPercentage(100);
        symbols.setSpacingBefore(8);
        symbols.setSpacingAfter(14);
        symbols.addCell(cell(labelled("Mẫu số", receipt.formSymbol()), Element.ALIGN_CENTER));
        symbols.addCell(cell(labelled("Ký hiệu", receipt.receiptSymbol()), Element.ALIGN_CENTER));
        symbols.addCell(cell(labelled("Số", String.format("%07d", receipt.number())), Element.ALIGN_CENTER));
        return symbols;
    }

    private static Element field(String label, String value) {
        Paragraph line = new Paragraph(labelled(label, value));
        line.setSpacingAfter(5);
        return line;
    }

    /** The verification QR on the left, the collecting body's signature line on the right. */
    private static Element footer(IssuedReceipt receipt, String verificationUrl, ZonedDateTime issued) {
        PdfPTable footer = new PdfPTable(new float[] {1, 1.3f});
        footer.setWidthPercentage(100);
        footer.setSpacingBefore(20);
        PdfPCell qr = new PdfPCell();
        qr.setBorder(PdfPCell.NO_BORDER);
        Image image = qrImage(verificationUrl);
        image.scaleAbsolute(100, 100);
        image.setAlignment(Element.ALIGN_CENTER);
        qr.addElement(image);
        Paragraph code =
                new Paragraph(labelled("Mã tra cứu", receipt.verificationCode().value()));
        code.setAlignment(Element.ALIGN_CENTER);
        qr.addElement(code);
        footer.addCell(qr);
        Phrase signature = new Phrase("", regular(10));
        signature.add(new Chunk("ĐƠN VỊ THU PHÍ, LỆ PHÍ\n", bold(10)));
        signature.add(new Chunk("Ký bởi: " + receipt.agencyName() + "\n", regular(10)));
        signature.add(new Chunk("Ký " + longDate(issued) + "\n", regular(10)));
        PdfPCell signed = cell(signature, Element.ALIGN_CENTER);
        signed.setVerticalAlignment(Element.ALIGN_TOP);
        footer.addCell(signed);
        return footer;
    }

    private static Element note(IssuedReceipt receipt, String verificationUrl) {
        Paragraph note = new Paragraph(
                "Biên lai điện tử lập theo Nghị định số 123/2020/NĐ-CP và Thông tư số 78/2021/TT-BTC."
                        + " Tra cứu biên lai bằng mã "
                        + receipt.verificationCode().value() + " tại: "
                        + verificationUrl,
                regular(8));
        note.setSpacingBefore(16);
        return note;
    }

    private static Phrase labelled(String label, String value) {
        // The phrase's own font too, or OpenPDF sets Helvetica (not embedded) at the start of every line.
        Phrase phrase = new Phrase("", regular(11));
        phrase.add(new Chunk(label + ": ", bold(11)));
        phrase.add(new Chunk(value == null ? "" : value, regular(11)));
        return phrase;
    }

    private static Image qrImage(String verificationUrl) {
        try {
            return Image.getInstance(QrPng.render(verificationUrl, 300));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setLeading(0, 1.4f);
        return cell;
    }

    private static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the receipt", e);
        }
    }

    private static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    private static Font bold(float size) {
        return new Font(BOLD, size);
    }

    private static BaseFont font(String file) {
        String path = "/receipt/fonts/" + file;
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is missing from the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + file, e);
        }
    }
}
