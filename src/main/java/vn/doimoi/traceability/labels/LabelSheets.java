package vn.doimoi.traceability.labels;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * A PDF of labels for a lot: each label carries the QR code of the lot's Digital Link URI, the
 * human-readable interpretation "(01)… (10)…" under it, and the product's name. DejaVu fonts carry
 * every Vietnamese letter.
 */
@Component
public class LabelSheets {

    /** Points in a millimetre. */
    private static final float MM = 72f / 25.4f;

    /** What one label shows. */
    public record Label(String uri, String hri, String productName) {}

    public byte[] pdf(Label label, LabelSize size) {
        BaseFont regular = font("fonts/DejaVuSans.ttf");
        BaseFont bold = font("fonts/DejaVuSans-Bold.ttf");
        Rectangle page = size == LabelSize.SINGLE ? new Rectangle(50 * MM, 30 * MM) : PageSize.A4;
        Document document = new Document(page, 0, 0, 0, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(label.productName() + " " + label.hri());
            document.open();
            Image qr = Image.getInstance(QrCodes.png(label.uri(), 4));
            PdfContentByte canvas = writer.getDirectContent();
            if (size == LabelSize.SINGLE) {
                draw(canvas, qr, label, 0, 0, 50 * MM, 30 * MM, regular, bold);
            } else {
                // A4 sheet: 3 columns × 8 rows of 70 × 37.125 mm
                float width = page.getWidth() / 3;
                float height = page.getHeight() / 8;
                for (int row = 0; row < 8; row++) {
                    for (int column = 0; column < 3; column++) {
                        draw(
                                canvas,
                                qr,
                                label,
                                column * width,
                                page.getHeight() - (row + 1) * height,
                                width,
                                height,
                                regular,
                                bold);
                    }
                }
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("label sheet not written", e);
        }
        return out.toByteArray();
    }

    /**
     * One label in the box (x, y, width, height): the code on the left with the human-readable line
     * under it across the label (as GS1 places it), the product's name to the right of the code.
     */
    private static void draw(
            PdfContentByte canvas,
            Image qr,
            Label label,
            float x,
            float y,
            float width,
            float height,
            BaseFont regular,
            BaseFont bold)
            throws DocumentException {
        float margin = 2 * MM;
        float hriSize = 5.5f;
        float side = height - 2 * margin - hriSize - 1.5f;
        Image code = Image.getInstance(qr);
        code.scaleAbsolute(side, side);
        code.setAbsolutePosition(x + margin, y + margin + hriSize + 1.5f);
        canvas.addImage(code);
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_LEFT,
                new Phrase(label.hri(), new Font(regular, hriSize)),
                x + margin,
                y + margin,
                0);
        ColumnText text = new ColumnText(canvas);
        text.setSimpleColumn(x + margin + side + margin, y + margin + hriSize, x + width - margin, y + height - margin);
        float nameSize = height < 100 ? 7f : 8f;
        Paragraph name = new Paragraph(label.productName(), new Font(bold, nameSize));
        name.setLeading(nameSize * 1.15f);
        text.addElement(name);
        text.go();
    }

    private static BaseFont font(String resource) {
        try (InputStream in = LabelSheets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
