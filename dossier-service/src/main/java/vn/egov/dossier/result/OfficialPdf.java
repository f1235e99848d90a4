package vn.egov.dossier.result;

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
import java.util.List;

/**
 * An A4 administrative document in Vietnamese: the issuing agency and the national motto at the top, a title, labelled
 * fields and a QR code. The font (DejaVu Sans, shipped in {@code /fonts} with its licence) is embedded so that
 * diacritics render on any reader, with no font installed on the server.
 */
final class OfficialPdf {

    private static final BaseFont REGULAR = font("DejaVuSans.ttf");
    private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm '|' dd/MM/yyyy");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 56, 56, 48, 48);

    private OfficialPdf(String agencyName, String title) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("egov dossier-service");
        document.open();
        PdfPTable header = new PdfPTable(new float[] {1, 1.2f});
        header.setWidthPercentage(100);
        header.addCell(cell(new Phrase(agencyName.toUpperCase(java.util.Locale.ROOT), bold(10))));
        Phrase motto = new Phrase();
        motto.add(new Chunk("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", bold(10)));
        motto.add(new Chunk("Độc lập - Tự do - Hạnh phúc", bold(10)));
        header.addCell(cell(motto));
        add(header);
        Paragraph heading = new Paragraph(title.toUpperCase(java.util.Locale.ROOT), bold(14));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(28);
        heading.setSpacingAfter(16);
        add(heading);
    }

    static OfficialPdf a4(String agencyName, String title) {
        return new OfficialPdf(agencyName == null ? "" : agencyName, title);
    }

    OfficialPdf field(String label, String value) {
        Paragraph line = new Paragraph();
        line.setSpacingAfter(4);
        line.add(new Chunk(label + ": ", bold(11)));
        line.add(new Chunk(value == null ? "" : value, regular(11)));
        return add(line);
    }

    OfficialPdf text(String text) {
        Paragraph paragraph = new Paragraph(text, regular(11));
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(4);
        return add(paragraph);
    }

    OfficialPdf numbered(List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            Paragraph item = new Paragraph((i + 1) + ". " + items.get(i), regular(11));
            item.setIndentationLeft(16);
            add(item);
        }
        return this;
    }

    /** The QR code at the bottom right, with a caption under it. */
    OfficialPdf qr(byte[] png, String caption) {
        try {
            Image image = Image.getInstance(png);
            image.scaleAbsolute(96, 96);
            PdfPTable table = new PdfPTable(new float[] {2, 1});
            table.setWidthPercentage(100);
            table.setSpacingBefore(24);
            table.addCell(cell(new Phrase("")));
            PdfPCell qr = new PdfPCell();
            qr.setBorder(PdfPCell.NO_BORDER);
            qr.setHorizontalAlignment(Element.ALIGN_CENTER);
            image.setAlignment(Element.ALIGN_CENTER);
            qr.addElement(image);
            Paragraph text = new Paragraph(caption, regular(8));
            text.setAlignment(Element.ALIGN_CENTER);
            qr.addElement(text);
            table.addCell(qr);
            return add(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dates as Vietnamese documents write them: 05/03/2026. */
    static String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** An instant in the agency's zone: 14:05 ngày 05/03/2026. */
    static String time(java.time.Instant instant, java.time.ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone)).replace("|", "ngày");
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private OfficialPdf add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the document", e);
        }
        return this;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    private static Font bold(float size) {
        return new Font(BOLD, size);
    }

    private static BaseFont font(String file) {
        try (InputStream in = OfficialPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /fonts/" + file + " is missing from the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load font " + file, e);
        }
    }
}
